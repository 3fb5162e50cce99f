package org.clearlot.simulator;

/** A few minutes after a charge reached its target: the terminal stays awake reporting CHARGE_COMPLETE. */
final class ChargeTail extends Activity {

	private final long until;
	private final VehicleState state;

	ChargeTail(long until, VehicleState state) {
		this.until = until;
		this.state = state;
	}

	@Override
	boolean step(Simulation sim) {
		if (sim.now() >= until) {
			return false;
		}
		sim.flow(state == VehicleState.ON ? 0.4 : 0.1, false, ThermalMode.PASSIVE, false);
		return true;
	}

	@Override
	VehicleState vehicleState() {
		return state;
	}

	@Override
	ChargingState chargingState() {
		return ChargingState.CHARGE_COMPLETE;
	}
}
