package org.clearlot.simulator;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.clearlot.simulator.physics.Rng;
import org.clearlot.simulator.physics.Seeds;

/**
 * Turns a vehicle's state into what its terminal reports: measured current, voltage and temperatures with sensor
 * noise, the BMS's whole-percent SOC, cell and probe lists, insulation, alarms, position. Its noise is seeded by
 * the VIN and the second, so a reading does not depend on which other readings were taken.
 */
final class ReadingFactory {

	static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private final Simulation sim;
	private final PackSensors sensors;
	private final Insulation insulation;
	private final Rng noise = new Rng(0);
	private final boolean averageCurrent;

	ReadingFactory(Simulation sim, boolean averageCurrent) {
		this.sim = sim;
		this.averageCurrent = averageCurrent;
		Rng setup = new Rng(Seeds.mix(sim.vinSeed(), 4));
		this.sensors = new PackSensors(sim.spec(), setup);
		this.insulation = new Insulation(setup.logNormal(6000, 0.6), sim.spec().defects().insulationFault(),
				Seeds.mix(sim.vinSeed(), 5));
	}

	Reading reading() {
		long now = sim.now();
		noise.reseed(Seeds.mix(sim.vinSeed(), now));
		Battery battery = sim.battery();
		Activity activity = sim.activity();
		Runaway runaway = activity instanceof Runaway r ? r : null;
		double mean = sim.takeMeanMeasuredCurrentA();
		double current = round(averageCurrent ? mean : sim.measuredCurrentA(), 10);
		double voltage = round(battery.terminalVoltage(sim.trueCurrentA()) + 0.3 * noise.gaussian(), 10);
		CellVoltages cells = sensors.cellVoltages(battery.soc(), sim.trueCurrentA(), battery.soh(),
				battery.resistanceOhm(), runaway != null && runaway.cellShorted(), noise);
		ProbeTemperatures probes = sensors.probeTemperatures(battery.tempC(), battery.lastHeatKw(),
				runaway == null ? 0 : runaway.hotSpotKelvin(), noise);
		int kohm = runaway != null && runaway.insulationLost() ? 5 + noise.nextInt(40)
				: insulation.kohm(now, sim.climate().wetDay(now), noise.gaussian());
		int soc = sim.bms().reportedPercent();
		int maxMv = cells.millivolts(cells.indexOfMax());
		int minMv = cells.millivolts(cells.indexOfMin());
		int maxC = probes.celsius(probes.indexOfMax());
		int minC = probes.celsius(probes.indexOfMin());
		boolean thermalEvent = runaway != null && runaway.hotSpotKelvin() >= 20;
		Alarms.Result alarms = Alarms.evaluate(sim.spec().pack().chemistry(), maxC, minC, maxMv, minMv, soc, kohm,
				voltage, sim.takeSocJump(), thermalEvent);
		double[] position = activity == null ? new double[] { sim.latitude(), sim.longitude() } : activity.position(sim);
		return new Reading(sim.spec().vin(), OffsetDateTime.of(LocalDateTime.ofEpochSecond(now, 0, BEIJING), BEIJING),
				activity == null ? VehicleState.OFF : activity.vehicleState(),
				activity == null ? ChargingState.NOT_CHARGING : activity.chargingState(),
				round(activity == null ? 0 : activity.speedMs() * 3.6, 10), Math.floor(sim.odometerKm() * 10) / 10,
				voltage, current, soc, kohm, maxMv / 1000.0, minMv / 1000.0, maxC, minC, alarms.level(), alarms.flags(),
				round(position[0], 1_000_000), round(position[1], 1_000_000), cells, probes);
	}

	/** Whether the alarm level is (about to be) 3 or more, so that the terminal reports every second. */
	boolean severe() {
		Activity activity = sim.activity();
		return activity instanceof Runaway || sim.battery().tempC() >= Alarms.SEVERE_TEMPERATURE_C - 3;
	}

	private static double round(double value, int per) {
		return Math.round(value * per) / (double) per;
	}
}
