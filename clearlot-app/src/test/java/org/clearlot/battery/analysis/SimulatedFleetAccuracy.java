package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.simulator.BatteryTruth;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleRun;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.VehicleState;

/**
 * Runs the battery analysis over a simulated fleet (clearlot-simulator, whose true state of health is known) and
 * compares each vehicle's estimate with the truth at its last reading. Shared by the accuracy test and the larger
 * accuracy benchmark that writes docs/soh-method.md's figures.
 */
final class SimulatedFleetAccuracy {

	/** One vehicle's outcome: its estimate (null SoH when there was not enough data) and its true SoH in percent. */
	record Outcome(VehicleSpec vehicle, HealthEstimate estimate, double trueSohPercent, List<ChargeSession> sessionList) {

		int sessions() {
			return sessionList.size();
		}

		boolean estimated() {
			return estimate.sohPercent() != null;
		}

		double error() {
			return estimate.sohPercent() - trueSohPercent;
		}

		boolean covered() {
			return estimated() && estimate.sohLowPercent() <= trueSohPercent && trueSohPercent <= estimate.sohHighPercent();
		}
	}

	/** The outcomes of a fleet and their summary. */
	record Result(List<Outcome> outcomes) {

		List<Outcome> estimated() {
			return outcomes.stream().filter(Outcome::estimated).toList();
		}

		double meanAbsoluteError() {
			return estimated().stream().mapToDouble(o -> Math.abs(o.error())).average().orElse(Double.NaN);
		}

		double worstError() {
			return estimated().stream().mapToDouble(o -> Math.abs(o.error())).max().orElse(Double.NaN);
		}

		double meanError() {
			return estimated().stream().mapToDouble(Outcome::error).average().orElse(Double.NaN);
		}

		double coverage() {
			return (double) estimated().size() / outcomes.size();
		}

		double rangeHitRate() {
			return (double) estimated().stream().filter(Outcome::covered).count() / estimated().size();
		}
	}

	private SimulatedFleetAccuracy() {
	}

	static Result run(long seed, Instant epoch, int vehicles, Duration history, Duration interval) {
		return run(seed, epoch, vehicles, history, Reporting.every(interval));
	}

	static Result run(long seed, Instant epoch, int vehicles, Duration history, Reporting reporting) {
		Fleet fleet = Fleet.generate(seed, epoch, vehicles);
		AnalysisSettings settings = AnalysisSettings.defaults();
		List<Outcome> outcomes = new ArrayList<>();
		for (VehicleSpec vehicle : fleet.vehicles()) {
			Accumulator accumulator = new Accumulator(settings, vehicle.pack().chemistry().name().equals("LFP"));
			AccumulatorTests.FoundSoFarForTests found = new AccumulatorTests.FoundSoFarForTests();
			VehicleRun run = fleet.run(vehicle.vin(), epoch, epoch.plus(history), reporting);
			while (run.hasNext()) {
				accumulator.accept(reading(run.next()), found);
			}
			Instant end = accumulator.lastAt() == null ? epoch.plus(history) : accumulator.lastAt();
			accumulator.closeIdle(end.plus(Duration.ofHours(1)), found);
			List<ChargeSession> all = new ArrayList<>(found.sessions);
			all.addAll(found.windows);
			all.sort(java.util.Comparator.comparing(ChargeSession::startedAt));
			HealthEstimate estimate = StateOfHealth.estimate(all, vehicle.pack().nominalCapacityAh(),
					vehicle.pack().nominalEnergyKwh(), settings);
			BatteryTruth truth = fleet.truthAt(vehicle.vin(), end);
			outcomes.add(new Outcome(vehicle, estimate, truth.soh() * 100, all));
		}
		return new Result(outcomes);
	}

	/** The simulator's reading as Clearlot's telemetry reading (the same fields, as the HTTP API takes them). */
	static TelemetryReading reading(Reading r) {
		return new TelemetryReading(r.vin(), r.ts(), VehicleState.valueOf(r.vehicleState().name()),
				ChargingState.valueOf(r.chargingState().name()), r.speedKmh(), r.odometerKm(), r.packVoltageV(),
				r.packCurrentA(), (double) r.socPercent(), r.insulationKohm(), r.cellVoltageMaxV(), r.cellVoltageMinV(),
				r.probeTempMaxC(), r.probeTempMinC(), r.alarmLevel(),
				r.alarmFlags().stream().map(Enum::name).toList(), r.latitude(), r.longitude());
	}
}
