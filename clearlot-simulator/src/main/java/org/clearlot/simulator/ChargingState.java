package org.clearlot.simulator;

/** The charging state as the terminal reports it (GB/T 32960 whole-vehicle charging state). */
public enum ChargingState {
	/** Plugged in and charging while parked. */
	PARKED_CHARGING,
	/** Charging while driving (a plug-in hybrid's engine charging the battery). */
	DRIVING_CHARGING,
	/** Not charging (driving, idle, or a session that was stopped before its target). */
	NOT_CHARGING,
	/** The session reached its target SOC. */
	CHARGE_COMPLETE
}
