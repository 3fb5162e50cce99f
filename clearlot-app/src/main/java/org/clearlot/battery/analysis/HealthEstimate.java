package org.clearlot.battery.analysis;

/**
 * A pack's state of health from its charge sessions: the median usable capacity of the most recent usable
 * sessions, with a distribution-free 90 % confidence interval of that median, each divided by the nominal capacity.
 * All values are null, with {@code reason} saying why, until there are enough usable sessions.
 */
public record HealthEstimate(Double sohPercent, Double sohLowPercent, Double sohHighPercent,
		Double estimatedCapacityAh, Double estimatedCapacityLowAh, Double estimatedCapacityHighAh,
		Double energySohPercent, int sessionsUsed, boolean anchoredOnly, String reason) {

	static HealthEstimate notYet(int usable, int needed) {
		String reason = usable == 0 ? "no usable charge session yet (a parked charge over at least 30 SOC points "
				+ "at a moderate pack temperature)" : usable + " usable charge session(s); " + needed + " are needed";
		return new HealthEstimate(null, null, null, null, null, null, null, usable, false, reason);
	}
}
