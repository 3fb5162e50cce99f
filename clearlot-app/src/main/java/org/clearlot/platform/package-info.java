/**
 * Shared infrastructure every module may use: the embedded database, web error handling, locale and money
 * formatting, and the reference list of Chinese cities.
 */
@org.springframework.modulith.ApplicationModule(
		displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.clearlot.platform;
