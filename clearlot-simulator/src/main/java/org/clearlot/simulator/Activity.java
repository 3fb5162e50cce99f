package org.clearlot.simulator;

/** What an awake vehicle is doing, one second at a time. */
abstract class Activity {

	/** Advances one second of this activity; returns false when it has ended (the second is then not simulated). */
	abstract boolean step(Simulation sim);

	abstract VehicleState vehicleState();

	abstract ChargingState chargingState();

	/** Speed in m/s now. */
	double speedMs() {
		return 0;
	}

	/** Latitude and longitude now. */
	double[] position(Simulation sim) {
		return new double[] { sim.latitude(), sim.longitude() };
	}

	/** What the vehicle does when this activity ends; null to fall asleep or wait for the next trip. */
	Activity next(Simulation sim) {
		return null;
	}
}
