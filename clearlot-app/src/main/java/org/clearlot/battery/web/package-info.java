/** Battery passports and pack lifecycles over HTTP: the API, the listing page's panel and the public pack page. */
package org.clearlot.battery.web;
