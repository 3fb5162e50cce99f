/** Sign-in and registration: the API token endpoint and the web pages. */
package org.clearlot.identity.web;
