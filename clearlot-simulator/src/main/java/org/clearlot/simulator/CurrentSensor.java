package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * The pack current sensor: a vehicle-specific gain error (σ 0.4 %, at most ±1 %) and offset (σ 0.15 A), plus
 * white noise of 0.25 A + 0.2 % of the current. The BMS counts, and the terminal reports, what it measures.
 */
final class CurrentSensor {

	private final double gain;
	private final double offsetA;

	CurrentSensor(Rng rng) {
		this.gain = Math.max(-0.01, Math.min(0.01, rng.normal(0, 0.004)));
		this.offsetA = rng.normal(0, 0.15);
	}

	double measure(double trueA, Rng rng) {
		double noise = (0.25 + 0.002 * Math.abs(trueA)) * rng.gaussian();
		return trueA * (1 + gain) + offsetA + noise;
	}

	double gain() {
		return gain;
	}
}
