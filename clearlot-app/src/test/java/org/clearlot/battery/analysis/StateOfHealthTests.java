package org.clearlot.battery.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateOfHealthTests {

	private final AnalysisSettings settings = AnalysisSettings.defaults();

	@ParameterizedTest(name = "n = {0}: ranks {1}..{2}")
	@CsvSource({ "3, 0, 2", "4, 0, 3", "5, 0, 4", "6, 0, 5", "8, 1, 6", "10, 1, 8", "15, 3, 11", "20, 5, 14", "40, 14, 25" })
	void theRangeIsTheOrderStatisticIntervalOfTheMedian(int n, int lower, int upper) {
		assertThat(StateOfHealth.confidenceRanks(n)).containsExactly(lower, upper);
	}

	@Test
	void tooFewUsableSessionsGiveNoEstimateButAReason() {
		HealthEstimate none = StateOfHealth.estimate(List.of(), 150, 85.0, settings);
		assertThat(none.sohPercent()).isNull();
		assertThat(none.reason()).startsWith("no usable charge session yet");
		HealthEstimate two = StateOfHealth.estimate(List.of(session(1, 140, true), session(2, 141, true),
				rejected(3)), 150, 85.0, settings);
		assertThat(two.sohPercent()).isNull();
		assertThat(two.reason()).isEqualTo("2 usable charge session(s); 3 are needed");
	}

	@Test
	void theEstimateIsTheMedianOfTheMostRecentAnchoredSessions() {
		List<ChargeSession> sessions = new ArrayList<>();
		for (int day = 0; day < 30; day++) {
			sessions.add(session(day, day < 10 ? 120 : 135 + (day % 5), true));
			sessions.add(session(day, 100, false));
		}
		HealthEstimate estimate = StateOfHealth.estimate(sessions, 150, null, settings);
		assertThat(estimate.anchoredOnly()).isTrue();
		assertThat(estimate.sessionsUsed()).isEqualTo(15);
		assertThat(estimate.estimatedCapacityAh()).isEqualTo(137.0);
		assertThat(estimate.sohPercent()).isEqualTo(91.3);
		assertThat(estimate.sohLowPercent()).isLessThanOrEqualTo(estimate.sohPercent());
		assertThat(estimate.sohHighPercent()).isGreaterThanOrEqualTo(estimate.sohPercent());
		assertThat(estimate.energySohPercent()).isNull();
	}

	@Test
	void withoutEnoughAnchoredSessionsAllUsableOnesCount() {
		HealthEstimate estimate = StateOfHealth.estimate(List.of(session(1, 140, false), session(2, 142, false),
				session(3, 138, true)), 150, null, settings);
		assertThat(estimate.anchoredOnly()).isFalse();
		assertThat(estimate.estimatedCapacityAh()).isEqualTo(140.0);
		assertThat(estimate.sohLowPercent()).isEqualTo(92.0);
		assertThat(estimate.sohHighPercent()).isEqualTo(94.7);
	}

	private static ChargeSession session(int day, double capacity, boolean anchored) {
		Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day));
		return new ChargeSession(start, start.plusSeconds(3600), 20, 80, capacity * 0.6, capacity * 0.34, 60,
				capacity * 0.6, capacity * 0.34, 25, Duration.ofHours(anchored ? 8 : 0), false, anchored, capacity,
				capacity * 0.566, null);
	}

	private static ChargeSession rejected(int day) {
		Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day));
		return new ChargeSession(start, start.plusSeconds(600), 50, 60, 10, 5, 9, 9, 5, 25, Duration.ZERO, false, false,
				null, null, "SOC window of 9 points, below 30");
	}
}
