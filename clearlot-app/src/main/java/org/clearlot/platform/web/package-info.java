/** Web infrastructure shared by every module: RFC 9457 problem responses, locale and money formatting. */
package org.clearlot.platform.web;
