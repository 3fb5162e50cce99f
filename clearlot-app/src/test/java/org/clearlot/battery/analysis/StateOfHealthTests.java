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
	void withoutEnoughAnchoredWindowsThereIsNoEstimateButAReasonAndTheBmsIndication() {
		HealthEstimate none = StateOfHealth.estimate(List.of(), 150, 85.0, settings);
		assertThat(none.sohPercent()).isNull();
		assertThat(none.bmsIndicatedSohPercent()).isNull();
		assertThat(none.reason()).startsWith("no SOC-anchored stretch yet; the estimate needs 4");
		HealthEstimate sessionsOnly = StateOfHealth.estimate(List.of(session(1, 140), session(2, 141), session(3, 144),
				session(7, 141), window(4, 130, 50), window(5, 131, 60), rejected(6)), 150, 85.0, settings);
		assertThat(sessionsOnly.sohPercent()).as("sessions measure the BMS's belief, not the pack").isNull();
		assertThat(sessionsOnly.reason()).startsWith("only 2 SOC-anchored stretch(es); the estimate needs 4");
		assertThat(sessionsOnly.bmsIndicatedSohPercent()).isEqualTo(94.0);
	}

	@Test
	void theEstimateIsTheSpanWeightedMedianOfTheMostRecentWindows() {
		List<ChargeSession> found = new ArrayList<>();
		for (int day = 0; day < 30; day++) {
			found.add(window(day, day < 10 ? 120 : 135 + (day % 5), day % 3 == 0 ? 70 : 35));
			found.add(session(day, 100));
		}
		HealthEstimate estimate = StateOfHealth.estimate(found, 150, null, settings);
		assertThat(estimate.sessionsUsed()).isEqualTo(15);
		assertThat(estimate.estimatedCapacityAh()).isEqualTo(137.0);
		assertThat(estimate.sohPercent()).isEqualTo(91.3);
		assertThat(estimate.sohLowPercent()).isLessThanOrEqualTo(estimate.sohPercent());
		assertThat(estimate.sohHighPercent()).isGreaterThanOrEqualTo(estimate.sohPercent());
		assertThat(estimate.bmsIndicatedSohPercent()).isEqualTo(66.7);
	}

	@Test
	void aWideWindowWeighsMoreThanANarrowOne() {
		List<ChargeSession> windows = List.of(window(1, 130, 30), window(2, 131, 30), window(3, 140, 90),
				window(4, 139, 60));
		assertThat(StateOfHealth.weightedMedian(windows)).isEqualTo(139.0);
		HealthEstimate estimate = StateOfHealth.estimate(windows, 150, null, settings);
		assertThat(estimate.sohPercent()).isEqualTo(92.7);
		assertThat(estimate.sohLowPercent()).isEqualTo(86.7);
		assertThat(estimate.sohHighPercent()).isEqualTo(93.3);
	}

	@Test
	void windowsThatDisagreeByMoreThanTheWidestRangeGiveNoEstimate() {
		List<ChargeSession> windows = List.of(window(1, 120, 50), window(2, 130, 50), window(3, 140, 50),
				window(4, 150, 50));
		HealthEstimate estimate = StateOfHealth.estimate(windows, 150, null, settings);
		assertThat(estimate.sohPercent()).isNull();
		assertThat(estimate.sessionsUsed()).isEqualTo(4);
		assertThat(estimate.reason()).startsWith("the 4 SOC-anchored stretches so far disagree: the 90 % range would be "
				+ "20.0 SoH points wide, more than 8");
	}

	private static ChargeSession session(int day, double capacity) {
		Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day));
		return new ChargeSession(ChargeSession.Kind.SESSION, start, start.plusSeconds(3600), 20, 80, capacity * 0.6,
				capacity * 0.34, 60, capacity * 0.6, capacity * 0.34, 25, Duration.ZERO, false, false, capacity,
				capacity * 0.566, null);
	}

	private static ChargeSession window(int day, double capacity, int span) {
		Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day)).plusSeconds(7200);
		return new ChargeSession(ChargeSession.Kind.ANCHOR_WINDOW, start, start.plusSeconds(36_000), 100 - span, 100,
				capacity * span / 100.0, capacity * 0.0057 * span, span, capacity * span / 100.0,
				capacity * 0.0057 * span, 25, Duration.ofHours(8), true, true, capacity, capacity * 0.57, null);
	}

	private static ChargeSession rejected(int day) {
		Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day));
		return new ChargeSession(ChargeSession.Kind.SESSION, start, start.plusSeconds(600), 50, 60, 10, 5, 9, 9, 5, 25,
				Duration.ZERO, false, false, null, null, "SOC window of 9 points, below 30");
	}
}
