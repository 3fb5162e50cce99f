package org.clearlot.battery;

import java.util.Iterator;

import org.clearlot.telemetry.TelemetryReading;

/** What other modules may ask of the battery module. */
public interface BatteryApi {

	/**
	 * Replaces a vehicle's battery analysis by one computed from this history, oldest reading first (a history
	 * imported from another platform, or the demo market's simulated one). The readings are analysed, not stored:
	 * whatever of them the caller also stored is already covered. Returns false for a car without a traction battery.
	 */
	boolean analyseHistory(String vin, Iterator<TelemetryReading> history);

	/** Brings every passport with new telemetry up to date now, as the scheduled pass does; returns how many. */
	int updateNow();
}
