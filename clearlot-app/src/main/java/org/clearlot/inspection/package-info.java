/**
 * Inspection: independent inspectors' signed appraisal reports per GB/T 30323 (plus flood, fire and EV checks),
 * immutable and chained per VIN by SHA-256, and each car's mileage history with odometer consistency checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
		allowedDependencies = { "platform", "identity", "catalog", "telemetry", "trade" })
package org.clearlot.inspection;
