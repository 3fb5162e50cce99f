package org.clearlot.simulator.physics;

/**
 * How strongly conditions accelerate battery ageing, relative to 25 °C, 50 % SOC and gentle cycling: Arrhenius in
 * temperature for calendar ageing (activation energy about 50 kJ/mol: ×2 at 35 °C, ×0.5 at 15 °C), worse at high
 * SOC; cycle ageing worse with charge rate, heat, and charging in the cold (lithium plating).
 */
public final class AgeingStress {

	private static final double ACTIVATION_OVER_R = 50_000 / 8.314;
	private static final double REFERENCE_K = 298.15;

	private AgeingStress() {
	}

	/** Calendar ageing rate factor at pack temperature {@code tempC} and state of charge {@code soc}. */
	public static double calendar(double tempC, double soc, boolean lfp) {
		double arrhenius = Math.exp(ACTIVATION_OVER_R * (1 / REFERENCE_K - 1 / (tempC + 273.15)));
		double socFactor = lfp ? 0.7 + 0.6 * soc : 0.5 + 1.0 * soc;
		return arrhenius * socFactor;
	}

	/**
	 * Cycle ageing factor for throughput at pack temperature {@code tempC} and C-rate {@code cRate} (charge
	 * currents are negative).
	 */
	public static double cycle(double tempC, double cRate) {
		return cycleHeat(tempC) * cycleRate(tempC, cRate);
	}

	/** The temperature part of {@link #cycle}: faster side reactions above 25 °C (slowly varying). */
	public static double cycleHeat(double tempC) {
		return Math.exp(0.035 * Math.max(0, tempC - 25));
	}

	/** The current part of {@link #cycle}: fast charging, and charging in the cold. */
	public static double cycleRate(double tempC, double cRate) {
		double charging = cRate < 0 ? -cRate : 0;
		double rate = 1 + 0.8 * Math.max(0, charging - 0.3);
		return charging > 0.05 && tempC < 10 ? rate * (1 + 0.12 * (10 - tempC) * Math.min(1, charging * 2)) : rate;
	}
}
