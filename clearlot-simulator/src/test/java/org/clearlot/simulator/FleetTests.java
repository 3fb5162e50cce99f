package org.clearlot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FleetTests {

	static final Instant EPOCH = Instant.parse("2026-03-01T00:00:00Z");

	@Test
	void theSameSeedGivesTheSameReadings() {
		Fleet first = Fleet.generate(42, EPOCH, 3);
		Fleet second = Fleet.generate(42, EPOCH, 3);
		assertThat(second.vehicles()).isEqualTo(first.vehicles());
		String vin = first.vehicles().get(1).vin();
		List<Reading> a = first.readings(vin, EPOCH, EPOCH.plus(Duration.ofDays(3)), Reporting.standard()).toList();
		List<Reading> b = second.readings(vin, EPOCH, EPOCH.plus(Duration.ofDays(3)), Reporting.standard()).toList();
		assertThat(a).isNotEmpty().isEqualTo(b);
	}

	@Test
	void anotherSeedGivesAnotherFleet() {
		assertThat(Fleet.generate(1, EPOCH, 3).vehicles()).isNotEqualTo(Fleet.generate(2, EPOCH, 3).vehicles());
	}

	@Test
	void theReportingIntervalSamplesTheSameHistory() {
		Fleet fleet = Fleet.generate(5, EPOCH, 1);
		String vin = fleet.vehicles().get(0).vin();
		Instant end = EPOCH.plus(Duration.ofDays(4));
		VehicleRun every10 = fleet.run(vin, EPOCH, end, Reporting.standard());
		VehicleRun every60 = fleet.run(vin, EPOCH, end, Reporting.every(Duration.ofSeconds(60)));
		every10.forEachRemaining(r -> { });
		every60.forEachRemaining(r -> { });
		assertThat(every60.truth()).isEqualTo(every10.truth());
	}

	@Test
	void consecutiveWindowsJoinIntoOneHistory() {
		Fleet fleet = Fleet.generate(9, EPOCH, 1);
		String vin = fleet.vehicles().get(0).vin();
		Instant middle = EPOCH.plus(Duration.ofDays(2));
		Instant end = EPOCH.plus(Duration.ofDays(4));
		List<Reading> whole = fleet.readings(vin, EPOCH, end, Reporting.standard()).toList();
		List<Reading> joined = new ArrayList<>(fleet.readings(vin, EPOCH, middle, Reporting.standard()).toList());
		joined.addAll(fleet.readings(vin, middle, end, Reporting.standard()).toList());
		assertThat(joined).hasSameSizeAs(whole);
		assertThat(joined.get(joined.size() - 1)).isEqualTo(whole.get(whole.size() - 1));
	}

	@Test
	void truthAtAnInstantIsTheRunsTruthThere() {
		Fleet fleet = Fleet.generate(3, EPOCH, 2);
		String vin = fleet.vehicles().get(0).vin();
		Instant end = EPOCH.plus(Duration.ofDays(5));
		VehicleRun run = fleet.run(vin, EPOCH, end, Reporting.standard());
		run.forEachRemaining(r -> { });
		assertThat(fleet.truthAt(vin, end)).isEqualTo(run.truth());
		assertThat(run.truth().at()).isEqualTo(end);
	}

	@Test
	void theMergedStreamIsInTimeOrderAndHasEveryVehiclesReadings() {
		Fleet fleet = Fleet.generate(11, EPOCH, 5);
		Instant end = EPOCH.plus(Duration.ofDays(2));
		FleetRun merged = fleet.merged(EPOCH, end, Reporting.every(Duration.ofSeconds(30)));
		List<Reading> all = merged.stream().toList();
		assertThat(all).isSortedAccordingTo((x, y) -> x.ts().compareTo(y.ts()));
		long separately = fleet.vehicles().stream()
				.mapToLong(v -> fleet.readings(v.vin(), EPOCH, end, Reporting.every(Duration.ofSeconds(30))).count()).sum();
		assertThat(all).hasSize((int) separately);
		assertThat(merged.runs()).allSatisfy(run -> assertThat(run.truth().at()).isEqualTo(end));
	}

	@Test
	void rejectsWindowsBeforeTheEpochAndUnknownVins() {
		Fleet fleet = Fleet.generate(1, EPOCH, 1);
		String vin = fleet.vehicles().get(0).vin();
		assertThatThrownBy(() -> fleet.run(vin, EPOCH.minusSeconds(1), EPOCH, Reporting.standard()))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> fleet.vehicle("LSVAA4182E2000000")).isInstanceOf(IllegalArgumentException.class);
	}
}
