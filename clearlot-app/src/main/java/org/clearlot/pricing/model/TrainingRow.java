package org.clearlot.pricing.model;

/**
 * One observed price: a listing's asking price or a completed sale's price, for a car.
 *
 * @param id a stable identity (listing or order), which decides deterministically whether the row is held out
 * @param registrationLagYears how long after the start of its model year the car was first registered
 */
public record TrainingRow(String id, CarFacts car, long priceFen, boolean sale, double registrationLagYears) {
}
