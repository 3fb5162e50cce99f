package org.clearlot.pricing.valuation;

import java.util.Optional;

import org.clearlot.pricing.model.CarFacts;

/**
 * Why a listing gets an estimate but no deal rating: the damage of an accident, flood or fire car varies too much
 * for a price model, and an estimate backed by too few comparable cars is not firm enough to rate against.
 */
public enum Exclusion {
	ACCIDENT("Accident car (structural damage found by the inspection): no deal rating"),
	FLOOD("Flood car: no deal rating"),
	FIRE("Fire car: no deal rating"),
	FEW_COMPARABLES("Fewer than {0} comparable cars on the platform: no deal rating");

	private final String english;

	Exclusion(String english) {
		this.english = english;
	}

	/** The first reason that applies to the car, if any. */
	public static Optional<Exclusion> of(CarFacts car, int comparables, int minComparables) {
		if (car.accident()) {
			return Optional.of(ACCIDENT);
		}
		if (car.flood()) {
			return Optional.of(FLOOD);
		}
		if (car.fire()) {
			return Optional.of(FIRE);
		}
		return comparables < minComparables ? Optional.of(FEW_COMPARABLES) : Optional.empty();
	}

	public String english(int minComparables) {
		return english.replace("{0}", Integer.toString(minComparables));
	}
}
