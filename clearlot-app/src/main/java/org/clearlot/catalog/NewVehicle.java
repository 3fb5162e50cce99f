package org.clearlot.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts a dealer registers about a car. Enum-valued facts are given as their names so that a bad value can be
 * reported per field rather than failing the whole request.
 */
public record NewVehicle(String vin, String make, String model, String trim, Integer year, String bodyType,
		String colour, String powertrain, String emissionStandard, LocalDate firstRegistrationDate,
		String registrationCity, String transmission, Integer displacementMl, Integer seats, Integer rangeKm,
		Battery battery) {

	/** Traction battery specification; required for PHEV and BEV. */
	public record Battery(BigDecimal nominalCapacityAh, BigDecimal nominalVoltageV, String chemistry, String packCode) {
	}
}
