package org.clearlot.battery.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The state of health estimated from a simulated fleet's own telemetry against the truth the simulator knows:
 * forty cars of every kind (LFP and NMC, commuters, ride-hailing, weekend drivers, fourteen climates), 60 days of
 * readings every 10 s. Target: mean absolute error at most 2 SoH points over the cars given an estimate, none off by
 * more than 5; cars without SOC-anchored data get no estimate (at least 30 % get one in 60 days).
 */
class SohAccuracyTests {

	@Test
	void estimatesAreWithinTwoPointsOnAverageAndFiveAtWorst() {
		SimulatedFleetAccuracy.Result result = SimulatedFleetAccuracy.run(20261201, Instant.parse("2026-03-01T00:00:00Z"),
				40, Duration.ofDays(60), Duration.ofSeconds(10));
		System.out.printf("coverage %.2f MAE %.2f worst %.2f bias %.2f range hits %.2f%n", result.coverage(),
				result.meanAbsoluteError(), result.worstError(), result.meanError(), result.rangeHitRate());
		assertThat(result.coverage()).as("cars with an estimate after 60 days").isGreaterThanOrEqualTo(0.3);
		assertThat(result.meanAbsoluteError()).isLessThanOrEqualTo(2.0);
		assertThat(result.worstError()).isLessThanOrEqualTo(5.0);
	}
}
