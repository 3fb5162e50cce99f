package org.clearlot.catalog.vehicle;

import java.time.LocalDate;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.Vin;

/** Validated, typed vehicle facts ready to be stored. Built by {@link VehicleRules}. */
public record VehicleFacts(Vin vin, String make, String model, String trim, int year, BodyType bodyType,
		Colour colour, Powertrain powertrain, EmissionStandard emissionStandard, Transmission transmission,
		Integer displacementMl, Integer seats, Integer rangeKm, LocalDate firstRegistrationDate,
		String registrationCity, BatterySpec battery) {
}
