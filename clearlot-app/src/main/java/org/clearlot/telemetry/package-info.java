/**
 * Telemetry: what the cars themselves report (GB/T 32960 over TCP through the gateway, or JSON over HTTP), stored
 * durably once per vehicle and collection time in monthly partitions, with the latest reading per vehicle and the
 * daily odometer that feeds the vehicle history. Battery passports are computed from it by the battery module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telemetry",
		allowedDependencies = { "platform", "identity", "catalog" })
package org.clearlot.telemetry;
