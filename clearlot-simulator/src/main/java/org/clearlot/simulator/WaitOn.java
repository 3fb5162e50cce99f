package org.clearlot.simulator;

/** Standing still switched on (waiting for the next ride): only auxiliaries and climate control draw current. */
final class WaitOn extends Activity {

	private long until;

	WaitOn(long until) {
		this.until = until;
	}

	@Override
	boolean step(Simulation sim) {
		if (sim.now() >= until) {
			return false;
		}
		double kw = sim.drivetrain().comfortKw(sim.ambientC()) + sim.battery().thermalLoadKw(false);
		sim.flow(sim.battery().currentFor(kw), false, ThermalMode.COOL, false);
		return true;
	}

	@Override
	VehicleState vehicleState() {
		return VehicleState.ON;
	}

	@Override
	ChargingState chargingState() {
		return ChargingState.NOT_CHARGING;
	}
}
