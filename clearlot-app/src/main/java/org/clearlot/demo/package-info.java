/**
 * Demo market: when {@code clearlot.demo.enabled=true}, seeds dealers, demo accounts and a few thousand realistic,
 * deterministic listings through the identity and catalog APIs, once, and gives every electrified car months of
 * telemetry from the fleet simulator's model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo market",
		allowedDependencies = { "platform", "identity", "catalog", "inspection", "telemetry", "battery" })
package org.clearlot.demo;
