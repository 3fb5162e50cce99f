package org.clearlot.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle's first odometer reading of each day (Beijing time) among readings just stored, one event per vehicle
 * and batch: mileage readings for its history, one a day rather than thousands.
 */
public record TelemetryOdometerRead(String vin, List<Day> days) {

	public TelemetryOdometerRead {
		days = List.copyOf(days);
	}

	/** The first odometer reading of one day. */
	public record Day(Instant at, double odometerKm) {
	}
}
