/**
 * Demo market: when {@code clearlot.demo.enabled=true}, seeds dealers, demo accounts and a few thousand realistic,
 * deterministic listings through the identity and catalog APIs, once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo market",
		allowedDependencies = { "platform", "identity", "catalog", "inspection" })
package org.clearlot.demo;
