package org.clearlot.simulator;

/**
 * A thermal runaway: one region of the pack heats from a few kelvin to well over 100 K above the rest within
 * minutes, a cell shorts, insulation collapses; the driver stops, the charger cuts out. After ten minutes the
 * terminal goes silent for good.
 */
final class Runaway extends Activity {

	static final int DURATION_SECONDS = 600;

	private final VehicleState state;
	private double speedMs;
	private int elapsed;

	Runaway(Activity interrupted) {
		this.state = VehicleState.ON;
		this.speedMs = interrupted.speedMs();
	}

	@Override
	boolean step(Simulation sim) {
		if (elapsed >= DURATION_SECONDS) {
			sim.fail();
			return false;
		}
		elapsed++;
		speedMs = Math.max(0, speedMs - 2.5);
		sim.drove(speedMs / 1000);
		sim.battery().heat(elapsed < 120 ? 0.01 : 0.08);
		sim.flow(1.0, speedMs > 1, ThermalMode.PASSIVE, false);
		return true;
	}

	/** Kelvin above the pack at the hottest probe: slow at first, then self-accelerating, up to 160 K. */
	double hotSpotKelvin() {
		if (elapsed < 60) {
			return elapsed * 0.25;
		}
		return Math.min(160, 15 + Math.pow(elapsed - 60, 1.35) * 0.2);
	}

	/** Whether the failing cell has shorted. */
	boolean cellShorted() {
		return elapsed > 90;
	}

	/** Whether the insulation has broken down. */
	boolean insulationLost() {
		return elapsed > 150;
	}

	@Override
	double speedMs() {
		return speedMs;
	}

	@Override
	VehicleState vehicleState() {
		return state;
	}

	@Override
	ChargingState chargingState() {
		return ChargingState.NOT_CHARGING;
	}
}
