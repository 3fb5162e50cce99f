package org.clearlot.battery.analysis;

/**
 * A pack's state of health: the usable capacity over the nominal capacity, where the usable capacity is the
 * span-weighted median of the most recent anchor-to-anchor windows, with the order-statistic 90 % confidence interval
 * of the median. Null, with {@code reason} saying why, until there are enough windows. {@code bmsIndicatedSohPercent}
 * is what the car's charging sessions alone imply, which mostly measures the BMS's own belief of its capacity (it is
 * shown for comparison, never as the estimate).
 */
public record HealthEstimate(Double sohPercent, Double sohLowPercent, Double sohHighPercent,
		Double estimatedCapacityAh, Double estimatedCapacityLowAh, Double estimatedCapacityHighAh,
		Double energySohPercent, int sessionsUsed, Double bmsIndicatedSohPercent, String reason) {

	static HealthEstimate notYet(int windows, int needed, int minWindowSoc, Double bmsIndicated) {
		String reason = (windows == 0 ? "no SOC-anchored stretch yet" : "only " + windows + " SOC-anchored stretch(es)")
				+ "; the estimate needs " + needed + " (from a full charge to 100 % or a reading after a rest of two "
				+ "hours or more, to the next such moment, at least " + minWindowSoc + " SOC points apart, at a "
				+ "moderate pack temperature)";
		return new HealthEstimate(null, null, null, null, null, null, null, windows, bmsIndicated, reason);
	}

	static HealthEstimate tooUncertain(int windows, double widthPercent, double maxWidthPercent, Double bmsIndicated) {
		String reason = String.format(java.util.Locale.ROOT, "the %d SOC-anchored stretches so far disagree: the 90 %% "
				+ "range would be %.1f SoH points wide, more than %.0f; more stretches are needed", windows, widthPercent,
				maxWidthPercent);
		return new HealthEstimate(null, null, null, null, null, null, null, windows, bmsIndicated, reason);
	}
}
