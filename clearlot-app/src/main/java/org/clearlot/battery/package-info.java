/**
 * Battery: each electrified car's battery passport, computed incrementally from its own telemetry (state of health
 * by coulomb counting over charge sessions, equivalent full cycles, throughput, negative events, temperature
 * exposure), and each pack's hash-chained lifecycle by its GB/T 34014 code, through second life to recycling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Battery",
		allowedDependencies = { "platform", "identity", "catalog", "telemetry" })
package org.clearlot.battery;
