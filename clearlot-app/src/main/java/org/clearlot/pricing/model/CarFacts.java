package org.clearlot.pricing.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.clearlot.catalog.Powertrain;

/**
 * What the valuation model knows of a car: identity (make, model, optional trim, model year), age and use, where it
 * is sold, its powertrain and its latest inspection verdict and battery state of health.
 *
 * @param trim null when unknown (then the estimate is for the model's typical trim)
 * @param ageYears years since first registration, at the time the price was asked or is to be valued
 * @param grade GB/T 30323 grade 1–5, or null when the car was never inspected
 * @param sohPercent battery state of health, or null when unknown or without a traction battery
 */
public record CarFacts(String make, String model, String trim, int year, double ageYears, int mileageKm, String city,
		Powertrain powertrain, Integer grade, boolean accident, boolean flood, boolean fire, Double sohPercent) {

	/** Years between first registration and the day of the price. */
	public static double age(LocalDate firstRegistration, LocalDate asOf) {
		return Math.max(0, ChronoUnit.DAYS.between(firstRegistration, asOf) / 365.25);
	}

	/** Accident, flood or fire: a damaged car whose price no model of this kind can rate fairly. */
	public boolean damaged() {
		return accident || flood || fire;
	}

	/** The make and model as one lower-case key, for grouping comparables. */
	public String modelKey() {
		return key(make) + "|" + key(model);
	}

	static String key(String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}
}
