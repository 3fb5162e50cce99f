package org.clearlot.catalog;

import java.time.LocalDate;

/**
 * What registration authorities look at when a car changes owner or city: its emission standard, powertrain, body,
 * seats, where and when it was first registered. The catalog records no use nature: Clearlot is a market for cars
 * in private, non-operating use, so other modules treat every listed car as non-operating; whether it is a small
 * passenger car follows from its seats ({@link #smallPassengerCar()}).
 *
 * @param registrationCity pinyin id of the city whose plates the car carries
 * @param seats seat count, null when the dealer did not give it
 */
public record RegistrationFacts(String vin, String make, String model, int year, EmissionStandard emissionStandard,
		Powertrain powertrain, BodyType bodyType, Integer seats, String registrationCity,
		LocalDate firstRegistrationDate) {

	/**
	 * A small passenger car (小型载客汽车) under the registration rules: seats for at most nine (or not given), and
	 * not a pickup, which registers as a light truck.
	 */
	public boolean smallPassengerCar() {
		return bodyType != BodyType.PICKUP && (seats == null || seats <= 9);
	}
}
