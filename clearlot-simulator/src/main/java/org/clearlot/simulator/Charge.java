package org.clearlot.simulator;

/**
 * A charging session. AC delivers the wall power (less 8 % losses); DC follows the station's and the pack's limit
 * with a gentle taper from 60 % SOC (three quarters of the power at 80 %) and a steep one above 80 % (a fifth
 * at 95 %), less power below 15 °C and above 45 °C. Both
 * end in a constant-voltage phase near full. The pack's heater or chiller and the 12 V system draw from the
 * charger. The session ends at the BMS's target (CHARGE_COMPLETE), when the cells are full (the BMS re-anchors to
 * 100 %), or when the driver unplugs (NOT_CHARGING).
 */
final class Charge extends Activity {

	private static final double FULL = 0.998;

	private final ChargePlan plan;
	private final VehicleState state;
	private final double startTrueSoc;
	private final boolean startAnchored;
	private double measuredAh;
	private boolean complete;

	Charge(Simulation sim, ChargePlan plan) {
		this.plan = plan;
		this.state = sim.habits().onWhileCharging() ? VehicleState.ON : VehicleState.OFF;
		this.startTrueSoc = sim.battery().soc();
		this.startAnchored = sim.bms().anchoredAtRest();
	}

	@Override
	boolean step(Simulation sim) {
		Battery battery = sim.battery();
		Bms bms = sim.bms();
		if (sim.now() >= plan.stopAt()) {
			return false;
		}
		boolean fullTarget = plan.targetSoc() >= 0.999;
		if (battery.soc() >= FULL || (!fullTarget && bms.soc() >= plan.targetSoc())) {
			if (battery.soc() >= FULL) {
				double window = battery.soc() - startTrueSoc;
				bms.anchorFull(startAnchored, window, measuredAh, sim.physicsRng());
				sim.noteCorrection();
			}
			complete = true;
			return false;
		}
		double kw = Math.max(0, chargerKw(sim.spec().equipment(), battery) - battery.thermalLoadKw(true) - 0.2);
		double cvStart = sim.spec().pack().chemistry() == Chemistry.LFP ? 0.97 : 0.93;
		if (battery.soc() > cvStart) {
			kw *= Math.max(0.02, (1 - battery.soc()) / (1 - cvStart));
		}
		double current = battery.currentFor(-kw);
		double measured = sim.flow(current, false, ThermalMode.CHARGING, !fullTarget || battery.soc() < FULL);
		measuredAh -= measured / 3600;
		return true;
	}

	private double chargerKw(Equipment equipment, Battery battery) {
		if (!plan.dc()) {
			return Math.min(plan.powerKw(), equipment.maxAcKw()) * 0.92;
		}
		double soc = battery.soc();
		double taper = soc < 0.6 ? 1 : soc < 0.8 ? 1 - 1.25 * (soc - 0.6) : Math.max(0.1, 0.75 - 3.5 * (soc - 0.8));
		double t = battery.tempC();
		double thermal = t < 0 ? 0.15 : t < 15 ? 0.15 + 0.85 * t / 15 : t > 45 ? Math.max(0.3, 1 - 0.1 * (t - 45)) : 1;
		return Math.min(plan.powerKw(), equipment.maxDcKw()) * taper * thermal;
	}

	@Override
	VehicleState vehicleState() {
		return state;
	}

	@Override
	ChargingState chargingState() {
		return ChargingState.PARKED_CHARGING;
	}

	@Override
	Activity next(Simulation sim) {
		if (complete) {
			return new ChargeTail(sim.now() + 60 + sim.physicsRng().nextInt(240), state);
		}
		return null;
	}
}
