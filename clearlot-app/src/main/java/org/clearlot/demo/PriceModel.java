package org.clearlot.demo;

import java.util.Set;

import org.clearlot.catalog.Powertrain;
import org.clearlot.demo.ModelSpec.Trim;

/**
 * What a dealer asks for a used car: the list price times a retention curve (a first drop, then a constant yearly
 * loss), adjusted for mileage. Japanese hybrids hold their value best; German luxury cars, Chinese ICE brands and
 * battery-electric cars lose theirs faster, and early battery-electric cars are nearly worthless.
 */
final class PriceModel {

	private static final Set<String> JAPANESE = Set.of("Toyota", "Honda", "Nissan");
	private static final Set<String> LUXURY = Set.of("Mercedes-Benz", "BMW", "Audi");
	private static final Set<String> CHINESE_ICE = Set.of("Geely", "Chery", "Changan", "Haval", "Wuling");
	private static final Set<String> STRONG_NEW_ENERGY = Set.of("Tesla", "Li Auto", "Xiaomi");
	private static final int NORMAL_KM_PER_YEAR = 15_000;
	private static final long MINIMUM_YUAN = 2_000;

	/**
	 * The asking price in yuan, rounded to ¥100.
	 *
	 * @param ageYears time since first registration
	 * @param noise the dealer's own deviation from the curve, e.g. +0.04 for 4 % above
	 */
	long askingYuan(ModelSpec model, Trim trim, int modelYear, double ageYears, int mileageKm, double noise) {
		double age = Math.max(0, ageYears);
		double value = retention(model, modelYear, age) * mileageFactor(age, mileageKm) * (1 + noise);
		long yuan = Math.round(trim.msrpYuan() * value / 100.0) * 100;
		return Math.max(MINIMUM_YUAN, yuan);
	}

	/** The share of the list price a car of this age keeps, before mileage. */
	static double retention(ModelSpec model, int modelYear, double age) {
		Curve curve = curve(model.make(), model.powertrain());
		double retained = curve.firstDrop() * Math.pow(curve.yearly(), age);
		if (model.powertrain() == Powertrain.BEV && modelYear <= 2017) {
			retained *= 0.65; // short range, slow charging, batteries near the end of their warranty
		}
		return retained;
	}

	/** About −3 % per 10,000 km above 15,000 km a year, a little more for fewer; capped both ways. */
	static double mileageFactor(double age, int mileageKm) {
		double expected = NORMAL_KM_PER_YEAR * Math.max(age, 0.5);
		double factor = 1 - 0.03 * (mileageKm - expected) / 10_000;
		return Math.max(0.75, Math.min(1.06, factor));
	}

	private static Curve curve(String make, Powertrain powertrain) {
		boolean japanese = JAPANESE.contains(make);
		boolean luxury = LUXURY.contains(make);
		return switch (powertrain) {
			case HEV -> japanese ? new Curve(0.90, 0.915) : new Curve(0.86, 0.89);
			case PHEV -> luxury ? new Curve(0.76, 0.84)
					: STRONG_NEW_ENERGY.contains(make) ? new Curve(0.83, 0.87) : new Curve(0.80, 0.86);
			case BEV -> luxury ? new Curve(0.72, 0.82)
					: STRONG_NEW_ENERGY.contains(make) ? new Curve(0.84, 0.87) : new Curve(0.78, 0.83);
			case ICE -> japanese ? new Curve(0.87, 0.90)
					: luxury ? new Curve(0.80, 0.865)
					: CHINESE_ICE.contains(make) ? new Curve(0.82, 0.86) : new Curve(0.85, 0.88);
		};
	}

	/** Retention after the first drop, and the share kept each further year. */
	private record Curve(double firstDrop, double yearly) {
	}
}
