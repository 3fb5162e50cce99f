package org.clearlot.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo market settings.
 *
 * @param enabled whether to seed the demo market at start-up (once; it persists in the database)
 * @param listings how many listings to create across all demo dealers
 * @param seed random seed, so that every demo market built with the same seed and day looks the same
 * @param batteryHistoryDays days of simulated telemetry each electrified demo car gets (0: none), generated in
 *     the background after the market is seeded
 * @param batteryHistoryInterval the simulated terminals' reporting period (GB/T 32960 allows up to 30 s)
 */
@ConfigurationProperties("clearlot.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("2400") int listings,
		@DefaultValue("20261125") long seed, @DefaultValue("60") int batteryHistoryDays,
		@DefaultValue("30s") java.time.Duration batteryHistoryInterval) {
}
