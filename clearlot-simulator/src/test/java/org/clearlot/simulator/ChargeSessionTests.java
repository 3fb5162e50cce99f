package org.clearlot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coulomb counting and the BMS's SOC against the truth: what the app's SoH estimator relies on, checked the way an
 * estimator would see it (reported current, reported SOC) next to the truth it cannot see.
 */
class ChargeSessionTests {

	static final Instant EPOCH = Instant.parse("2026-04-01T00:00:00Z");
	static final List<Session> sessions = new ArrayList<>();
	static final List<Double> nmcErrors = new ArrayList<>();
	static final List<Double> lfpErrors = new ArrayList<>();
	static final List<Double> errorsAtFull = new ArrayList<>();

	/** A charge session: ∫I dt from reported current, the true SOC window and the true capacity. */
	record Session(String vin, double countedAh, double trueDeltaSoc, double trueCapacityAh, int reportedDeltaSoc) {
	}

	@BeforeAll
	static void simulate() {
		Fleet fleet = Fleet.generate(77, EPOCH, 16);
		for (VehicleSpec vehicle : fleet.vehicles()) {
			VehicleRun run = fleet.run(vehicle.vin(), EPOCH, EPOCH.plus(Duration.ofDays(10)), Reporting.standard());
			Reading start = null;
			BatteryTruth startTruth = null;
			double ah = 0;
			Reading previous = null;
			while (run.hasNext()) {
				Reading r = run.next();
				BatteryTruth truth = run.truth();
				double error = r.socPercent() - truth.trueSocPercent();
				(vehicle.pack().chemistry() == Chemistry.LFP ? lfpErrors : nmcErrors).add(error);
				if (r.chargingState() == ChargingState.CHARGE_COMPLETE && r.socPercent() == 100) {
					errorsAtFull.add(error);
				}
				boolean charging = r.chargingState() == ChargingState.PARKED_CHARGING;
				if (charging && start == null) {
					start = r;
					startTruth = truth;
					ah = 0;
				}
				else if (charging && previous != null) {
					ah -= previous.packCurrentA() * Duration.between(previous.ts(), r.ts()).toSeconds() / 3600;
				}
				else if (!charging && start != null) {
					ah -= previous.packCurrentA() * Math.min(10, Duration.between(previous.ts(), r.ts()).toSeconds()) / 3600;
					sessions.add(new Session(vehicle.vin(), ah, (truth.trueSocPercent() - startTruth.trueSocPercent()) / 100,
							truth.usableCapacityAh(), r.socPercent() - start.socPercent()));
					start = null;
				}
				previous = r;
			}
		}
	}

	@Test
	void countedChargeMatchesTheTrueSocWindowTimesTheTrueCapacity() {
		List<Session> wide = sessions.stream().filter(s -> s.trueDeltaSoc >= 0.2).toList();
		assertThat(wide).hasSizeGreaterThan(20);
		assertThat(wide).allSatisfy(s -> {
			double expected = s.trueDeltaSoc * s.trueCapacityAh;
			assertThat(s.countedAh).as(s.toString()).isBetween(expected * 0.97, expected * 1.03);
		});
	}

	@Test
	void theBmsSocIsCloseButNotTheTruth() {
		assertThat(nmcErrors).allSatisfy(e -> assertThat(Math.abs(e)).isLessThan(12));
		assertThat(lfpErrors).allSatisfy(e -> assertThat(Math.abs(e)).isLessThan(18));
		assertThat(rms(nmcErrors)).isBetween(0.5, 4.0);
		assertThat(rms(lfpErrors)).isGreaterThan(rms(nmcErrors));
	}

	@Test
	void aFullChargeReanchorsTheSoc() {
		assertThat(errorsAtFull).isNotEmpty().allSatisfy(e -> assertThat(Math.abs(e)).isLessThan(1.0));
	}

	@Test
	void reportedSocWindowsErrBothWays() {
		List<Session> wide = sessions.stream().filter(s -> s.trueDeltaSoc >= 0.3).toList();
		assertThat(wide).anySatisfy(s -> assertThat(s.reportedDeltaSoc).isGreaterThan((int) Math.round(s.trueDeltaSoc * 100)));
		assertThat(wide).anySatisfy(s -> assertThat(s.reportedDeltaSoc).isLessThan((int) Math.round(s.trueDeltaSoc * 100)));
	}

	static double rms(List<Double> values) {
		return Math.sqrt(values.stream().mapToDouble(v -> v * v).average().orElse(0));
	}
}
