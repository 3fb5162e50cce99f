package org.clearlot.inspection.history;

import java.util.List;

import org.clearlot.inspection.history.OdometerCheck.Flag;
import org.clearlot.inspection.history.OdometerCheck.Reading;

/**
 * What is known about a car's past: the verdicts of its current (not superseded) inspection reports, the latest
 * grade, every mileage reading and whether they are consistent.
 */
public record VehicleHistory(String vin, boolean accident, boolean flood, boolean fire, Integer latestGrade,
		int reports, List<Reading> mileageReadings, Odometer odometer) {

	/** Odometer consistency over all readings. */
	public record Odometer(boolean consistent, List<Flag> flags) {
	}
}
