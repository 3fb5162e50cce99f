package org.clearlot.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clearlot.catalog.vehicle.BatterySpec;
import org.clearlot.catalog.vehicle.Vehicle;

/** A vehicle's registered facts as the API returns them. */
record VehicleResponse(String vin, String make, String model, String trim, int year, String bodyType, String colour,
		String powertrain, String emissionStandard, String transmission, Integer displacementMl, Integer seats,
		Integer rangeKm, LocalDate firstRegistrationDate, String registrationCity, BatteryResponse battery) {

	static VehicleResponse of(Vehicle v) {
		return new VehicleResponse(v.vin(), v.make(), v.model(), v.trim(), v.year(), v.bodyType().name(),
				v.colour().name(), v.powertrain().name(), v.emissionStandard().name(),
				v.transmission() == null ? null : v.transmission().name(), v.displacementMl(), v.seats(), v.rangeKm(),
				v.firstRegistrationDate(), v.registrationCity(), BatteryResponse.of(v.battery()));
	}

	/** Traction battery nameplate. */
	record BatteryResponse(BigDecimal nominalCapacityAh, BigDecimal nominalVoltageV, BigDecimal nominalEnergyKwh,
			String chemistry, String packCode) {

		static BatteryResponse of(BatterySpec b) {
			if (b == null || b.nominalCapacityAh() == null) {
				return null;
			}
			return new BatteryResponse(b.nominalCapacityAh(), b.nominalVoltageV(), b.nominalEnergyKwh(),
					b.chemistry() == null ? null : b.chemistry().name(), b.packCode());
		}
	}
}
