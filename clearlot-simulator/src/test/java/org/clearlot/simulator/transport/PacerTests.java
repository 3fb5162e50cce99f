package org.clearlot.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PacerTests {

	@Test
	void holdsSimulatedTimeToTheWallClockTimesTheSpeed() {
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		Pacer pacer = Pacer.startingAt(start, 60);
		assertThat(pacer.delayNanos(start)).isZero();
		assertThat(pacer.delayNanos(start.plusSeconds(600))).isBetween(9_000_000_000L, 10_000_000_000L);
		assertThat(Pacer.of(60).delayNanos(start.plusSeconds(600))).as("aligned at first use").isZero();
	}

	@Test
	void unlimitedNeverWaits() {
		Pacer pacer = Pacer.unlimited();
		assertThat(pacer.limited()).isFalse();
		assertThat(pacer.delayNanos(Instant.parse("2100-01-01T00:00:00Z"))).isZero();
	}
}
