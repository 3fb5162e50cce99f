package org.clearlot.simulator;

import org.clearlot.simulator.physics.Seeds;

/**
 * Insulation resistance between the high-voltage system and the chassis: a vehicle-specific healthy level
 * (2–20 MΩ) with a little noise; a vehicle with an insulation fault loses most of it on some wet days, sometimes
 * below the alarm threshold of 500 Ω/V.
 */
final class Insulation {

	private static final long DAY = 86_400;

	private final double healthyKohm;
	private final boolean faulty;
	private final long seed;

	Insulation(double healthyKohm, boolean faulty, long seed) {
		this.healthyKohm = healthyKohm;
		this.faulty = faulty;
		this.seed = seed;
	}

	/** Insulation resistance in kΩ at {@code epochSecond}; {@code noise} is a standard-normal deviate. */
	int kohm(long epochSecond, boolean wetDay, double noise) {
		double value = healthyKohm * (1 + 0.03 * noise);
		if (faulty && wetDay) {
			long day = Math.floorDiv(epochSecond + 8 * 3600, DAY);
			double draw = (Seeds.mix(seed, day) >>> 11) * 0x1.0p-53;
			if (draw < 0.6) {
				value *= 0.005 + 0.1 * draw;
			}
		}
		return (int) Math.max(1, Math.min(60_000, Math.round(value)));
	}
}
