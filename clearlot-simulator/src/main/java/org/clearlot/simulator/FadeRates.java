package org.clearlot.simulator;

/**
 * A vehicle's own ageing rates at reference conditions (25 °C, 50 % SOC, gentle cycling); actual conditions scale
 * them (see {@link org.clearlot.simulator.physics.AgeingStress}).
 *
 * @param calendarPerSqrtDay capacity lost (fraction of nominal) per square root of a day of storage: calendar
 *                           loss = rate × √(equivalent days)
 * @param cyclePerEfc        capacity lost (fraction of nominal) per equivalent full cycle of throughput
 */
public record FadeRates(double calendarPerSqrtDay, double cyclePerEfc) {

	public FadeRates {
		if (calendarPerSqrtDay < 0 || cyclePerEfc < 0) {
			throw new IllegalArgumentException("fade rates cannot be negative");
		}
	}
}
