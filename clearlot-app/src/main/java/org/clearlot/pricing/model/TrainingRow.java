package org.clearlot.pricing.model;

/**
 * One observed price: a listing's asking price or a completed sale's price, for a car.
 *
 * @param id a stable identity of the price (listing or order)
 * @param group the listing the price belongs to ({@code listing:<id>}; a sale shares its listing's group), which
 *     decides the row's cross-validation fold, so one car's prices never sit on both sides of a split
 * @param registrationLagYears how long after the start of its model year the car was first registered
 */
public record TrainingRow(String id, String group, CarFacts car, long priceFen, boolean sale,
		double registrationLagYears) {
}
