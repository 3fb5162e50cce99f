package org.clearlot.inspection.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags odometer readings that cannot all be true: a reading lower than an earlier one by more than the tolerance
 * (a rollback, or a replaced cluster), or more kilometres per day between two readings than a car can plausibly
 * drive.
 */
public final class OdometerCheck {

	private final int toleranceKm;
	private final int maxKmPerDay;

	public OdometerCheck(int toleranceKm, int maxKmPerDay) {
		this.toleranceKm = toleranceKm;
		this.maxKmPerDay = maxKmPerDay;
	}

	/** A reading to check. */
	public record Reading(String source, Instant at, int km) {
	}

	/** A flagged inconsistency: {@code ROLLBACK} or {@code IMPLAUSIBLE_RATE}, at the later reading. */
	public record Flag(String code, String message, Instant at) {
	}

	/** Flags for readings in time order. */
	public List<Flag> check(List<Reading> readings) {
		List<Flag> flags = new ArrayList<>();
		Reading highest = null;
		Reading previous = null;
		for (Reading reading : readings) {
			if (highest != null && reading.km() < highest.km() - toleranceKm) {
				flags.add(new Flag("ROLLBACK", String.format("%s reading of %,d km on %s is %,d km lower than the %,d km read "
						+ "(%s) on %s", reading.source(), reading.km(), reading.at(), highest.km() - reading.km(), highest.km(),
						highest.source(), highest.at()), reading.at()));
			}
			if (previous != null && reading.km() > previous.km()) {
				double days = Math.max(1.0, Duration.between(previous.at(), reading.at()).toMinutes() / 1440.0);
				double perDay = (reading.km() - previous.km()) / days;
				if (perDay > maxKmPerDay) {
					flags.add(new Flag("IMPLAUSIBLE_RATE", String.format("%,d km in %.1f days (%,.0f km/day) between %s and %s",
							reading.km() - previous.km(), days, perDay, previous.at(), reading.at()), reading.at()));
				}
			}
			if (highest == null || reading.km() > highest.km()) {
				highest = reading;
			}
			previous = reading;
		}
		return flags;
	}
}
