package org.clearlot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AlarmTests {

	static final Instant EPOCH = Instant.parse("2026-07-01T00:00:00Z");

	@Test
	void aThermalEventRaisesLevelFourReportsEverySecondAndEndsTheReadings() {
		GeneratorOptions options = GeneratorOptions.defaults().withThermalEvents(1.0, Duration.ofDays(2));
		Fleet fleet = Fleet.generate(8, EPOCH, 1, options);
		String vin = fleet.vehicles().get(0).vin();
		VehicleRun run = fleet.run(vin, EPOCH, EPOCH.plus(Duration.ofDays(5)), Reporting.standard());
		List<Reading> readings = new java.util.ArrayList<>();
		run.forEachRemaining(readings::add);
		List<Reading> event = readings.stream().filter(r -> r.alarmFlags().contains(AlarmFlag.THERMAL_EVENT)).toList();
		assertThat(event).isNotEmpty().allSatisfy(r -> assertThat(r.alarmLevel()).isEqualTo(4));
		assertThat(event).anySatisfy(r -> assertThat(r.probeTempMaxC()).isGreaterThan(100));
		assertThat(Duration.between(event.get(0).ts(), event.get(1).ts())).isEqualTo(Duration.ofSeconds(1));
		assertThat(readings.get(readings.size() - 1).ts()).isBeforeOrEqualTo(event.get(event.size() - 1).ts());
		assertThat(run.truth().failed()).isTrue();
	}

	@Test
	void levelsFollowTheFlags() {
		var hot = Alarms.evaluate(Chemistry.NMC, 58, 50, 3900, 3890, 60, 5000, 380, false, false);
		assertThat(hot.flags()).containsExactly(AlarmFlag.BATTERY_HIGH_TEMPERATURE);
		assertThat(hot.level()).isEqualTo(2);
		var jump = Alarms.evaluate(Chemistry.LFP, 30, 25, 3300, 3290, 60, 5000, 380, true, false);
		assertThat(jump.flags()).containsExactly(AlarmFlag.SOC_JUMP);
		assertThat(jump.level()).isEqualTo(1);
		var leak = Alarms.evaluate(Chemistry.NMC, 30, 25, 3900, 3890, 60, 30, 380, false, false);
		assertThat(leak.flags()).containsExactly(AlarmFlag.INSULATION);
		assertThat(leak.level()).isEqualTo(3);
		var none = Alarms.evaluate(Chemistry.NMC, 30, 25, 3900, 3890, 60, 5000, 380, false, false);
		assertThat(none.flags()).isEmpty();
		assertThat(none.level()).isZero();
	}

	@Test
	void aFleetShowsOccasionalSocJumps() {
		Fleet fleet = Fleet.generate(4, EPOCH, 6);
		long jumps = fleet.vehicles().stream().flatMap(v -> fleet.readings(v.vin(), EPOCH, EPOCH.plus(Duration.ofDays(7)),
				Reporting.standard())).filter(r -> r.alarmFlags().contains(AlarmFlag.SOC_JUMP)).count();
		assertThat(jumps).isPositive();
	}
}
