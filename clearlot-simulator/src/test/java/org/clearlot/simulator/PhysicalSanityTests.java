package org.clearlot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties every simulated history must have, checked over a small fleet for ten days. */
class PhysicalSanityTests {

	static final Instant EPOCH = Instant.parse("2026-06-20T00:00:00Z");
	static final Instant END = EPOCH.plus(Duration.ofDays(10));
	static final List<Sample> samples = new ArrayList<>();
	static Fleet fleet;

	record Sample(Reading reading, BatteryTruth truth) {
	}

	@BeforeAll
	static void simulate() {
		fleet = Fleet.generate(2026, EPOCH, 10);
		for (VehicleSpec vehicle : fleet.vehicles()) {
			VehicleRun run = fleet.run(vehicle.vin(), EPOCH, END, Reporting.standard());
			while (run.hasNext()) {
				samples.add(new Sample(run.next(), run.truth()));
			}
		}
	}

	@Test
	void socStaysWithinZeroAndHundred() {
		assertThat(samples).allSatisfy(s -> {
			assertThat(s.reading.socPercent()).isBetween(0, 100);
			assertThat(s.truth.trueSocPercent()).isBetween(0.0, 100.0);
		});
	}

	@Test
	void odometersNeverGoBackAndTimeMovesForward() {
		Sample previous = null;
		for (Sample s : samples) {
			if (previous != null && previous.reading.vin().equals(s.reading.vin())) {
				assertThat(s.reading.odometerKm()).isGreaterThanOrEqualTo(previous.reading.odometerKm());
				assertThat(s.reading.ts()).isAfter(previous.reading.ts());
			}
			previous = s;
		}
	}

	@Test
	void readingsComeOnlyWhenTheVehicleIsOnOrCharging() {
		assertThat(samples).allSatisfy(s -> assertThat(
				s.reading.vehicleState() == VehicleState.ON || s.reading.chargingState() != ChargingState.NOT_CHARGING)
				.isTrue());
	}

	@Test
	void readingsAreTenSecondsApartWhileAwakeAndNeverCloserUnlessAlarmed() {
		Sample previous = null;
		int exact = 0;
		int pairs = 0;
		for (Sample s : samples) {
			if (previous != null && previous.reading.vin().equals(s.reading.vin())) {
				long gap = Duration.between(previous.reading.ts(), s.reading.ts()).toSeconds();
				pairs++;
				if (gap == 10) {
					exact++;
				}
				if (previous.reading.alarmLevel() < 3) {
					assertThat(gap).isGreaterThanOrEqualTo(10);
				}
			}
			previous = s;
		}
		assertThat(exact).isGreaterThan((int) (pairs * 0.95));
	}

	@Test
	void usableCapacityIsNominalTimesSohAndFadeOnlyGoesDown() {
		Sample previous = null;
		for (Sample s : samples) {
			assertThat(s.truth.usableCapacityAh()).isCloseTo(s.truth.nominalCapacityAh() * s.truth.soh(), within(1e-9));
			if (previous != null && previous.reading.vin().equals(s.reading.vin())) {
				assertThat(s.truth.soh()).isLessThanOrEqualTo(previous.truth.soh());
			}
			previous = s;
		}
	}

	@Test
	void chargingRaisesSocAndDischargingLowersIt() {
		Sample previous = null;
		for (Sample s : samples) {
			if (previous != null && previous.reading.vin().equals(s.reading.vin())
					&& Duration.between(previous.reading.ts(), s.reading.ts()).toSeconds() == 10) {
				if (previous.reading.chargingState() == ChargingState.PARKED_CHARGING && previous.reading.packCurrentA() < -5
						&& s.reading.chargingState() == ChargingState.PARKED_CHARGING) {
					assertThat(s.truth.trueSocPercent()).isGreaterThan(previous.truth.trueSocPercent());
				}
			}
			previous = s;
		}
		assertThat(samples).anySatisfy(s -> assertThat(s.reading.chargingState()).isEqualTo(ChargingState.CHARGE_COMPLETE));
		assertThat(samples).anySatisfy(s -> assertThat(s.reading.packCurrentA()).isLessThan(-20));
		assertThat(samples).anySatisfy(s -> assertThat(s.reading.speedKmh()).isGreaterThan(80));
	}

	@Test
	void drivingRegeneratesAndOnlyDrivingChangesTheOdometer() {
		assertThat(samples).anySatisfy(s -> {
			assertThat(s.reading.speedKmh()).isPositive();
			assertThat(s.reading.packCurrentA()).isLessThan(-10);
		});
		assertThat(samples).filteredOn(s -> s.reading.chargingState() == ChargingState.PARKED_CHARGING)
				.allSatisfy(s -> assertThat(s.reading.speedKmh()).isZero());
	}

	@Test
	void cellAndProbeListsMatchThePackAndTheirExtremes() {
		assertThat(samples).allSatisfy(s -> {
			PackSpec pack = fleet.vehicle(s.reading.vin()).pack();
			assertThat(s.reading.cellVoltages().size()).isEqualTo(pack.cellsInSeries());
			assertThat(s.reading.probeTemperatures().size()).isEqualTo(pack.probeCount());
			assertThat(s.reading.cellVoltageMaxV()).isEqualTo(s.reading.cellVoltages().volts(s.reading.cellVoltages().indexOfMax()));
			assertThat(s.reading.probeTempMinC()).isEqualTo(s.reading.probeTemperatures().celsius(s.reading.probeTemperatures().indexOfMin()));
			assertThat(s.reading.cellVoltageMaxV() - s.reading.cellVoltageMinV()).isLessThan(0.5);
		});
	}

	@Test
	void packVoltageIsTheSumOfTheCells() {
		assertThat(samples).allSatisfy(s -> {
			double sum = s.reading.cellVoltages().asVolts().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(s.reading.packVoltageV()).isCloseTo(sum, within(0.02 * sum));
		});
	}
}
