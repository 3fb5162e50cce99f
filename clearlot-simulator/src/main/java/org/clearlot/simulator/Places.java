package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/** Where a vehicle's home and work are (a few kilometres around its city's centre), and other destinations. */
final class Places {

	private final City city;
	private final double[] home;
	private final double[] work;

	Places(City city, Rng rng) {
		this.city = city;
		this.home = new double[] { city.latitude() + rng.normal(0, 0.05), city.longitude() + rng.normal(0, 0.06) };
		this.work = new double[] { city.latitude() + rng.normal(0, 0.04), city.longitude() + rng.normal(0, 0.05) };
	}

	double[] home() {
		return home.clone();
	}

	double[] position(Place place, Rng rng) {
		return switch (place) {
			case HOME -> home.clone();
			case WORK -> work.clone();
			case OTHER -> new double[] { city.latitude() + rng.normal(0, 0.08), city.longitude() + rng.normal(0, 0.1) };
		};
	}
}
