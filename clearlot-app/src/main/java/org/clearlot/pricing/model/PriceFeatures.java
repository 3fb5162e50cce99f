package org.clearlot.pricing.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a car into the named features of the log-price model: hierarchical one-hot identity (make, make + model,
 * make + model + trim), age with its interactions by make, model and powertrain (each learns its own depreciation
 * rate), model-year effects per powertrain, mileage against age, city, inspection grade and flags, and battery
 * health. Features absent from a car are zero, which the sparse model treats as "not this category".
 */
final class PriceFeatures {

	static final String SALE = "source=sale";
	private static final int MAX_KM = 1_000_000;
	private static final int MAX_KM_PER_YEAR = 100_000;

	private PriceFeatures() {
	}

	static Map<String, Double> of(CarFacts car, boolean sale) {
		Map<String, Double> features = new LinkedHashMap<>();
		String make = CarFacts.key(car.make());
		String model = car.modelKey();
		String powertrain = car.powertrain().name();
		double age = car.ageYears();
		double km = Math.min(car.mileageKm(), MAX_KM) / 10_000.0;
		// Bounded: beyond 100,000 km a year a car is worn out whatever the figure, and the square must not explode.
		double kmPerYear = Math.min(km / Math.max(age, 0.5), MAX_KM_PER_YEAR / 10_000.0);
		features.put("make=" + make, 1.0);
		features.put("model=" + model, 1.0);
		if (car.trim() != null && !car.trim().isBlank()) {
			features.put("trim=" + model + "|" + CarFacts.key(car.trim()), 1.0);
		}
		features.put("powertrain=" + powertrain, 1.0);
		features.put("year=" + powertrain + "|" + car.year(), 1.0);
		features.put("age", age);
		features.put("age*make=" + make, age);
		features.put("age*model=" + model, age);
		features.put("age*powertrain=" + powertrain, age);
		features.put("age*make+powertrain=" + make + "|" + powertrain, age);
		features.put("km", km);
		features.put("km*age", km * age);
		features.put("kmPerYear", kmPerYear);
		features.put("kmPerYear^2", kmPerYear * kmPerYear);
		features.put("city=" + CarFacts.key(car.city()), 1.0);
		features.put("grade=" + (car.grade() == null ? "none" : car.grade().toString()), 1.0);
		flag(features, "accident", car.accident());
		flag(features, "flood", car.flood());
		flag(features, "fire", car.fire());
		if (car.sohPercent() != null) {
			features.put("soh*powertrain=" + powertrain, (car.sohPercent() - 90) / 10);
		}
		if (sale) {
			features.put(SALE, 1.0);
		}
		return features;
	}

	private static void flag(Map<String, Double> features, String name, boolean set) {
		if (set) {
			features.put(name, 1.0);
		}
	}
}
