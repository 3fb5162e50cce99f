package org.clearlot.catalog;

import java.math.BigDecimal;

/**
 * A registered vehicle's key facts for other modules; {@code battery} is null for cars without a traction battery.
 */
public record VehicleSummary(String vin, String make, String model, int year, Powertrain powertrain,
		Battery battery) {

	/** The traction battery's nameplate: capacity, voltage, chemistry (LFP, NMC, …) and GB/T 34014 pack code. */
	public record Battery(BigDecimal nominalCapacityAh, BigDecimal nominalVoltageV, String chemistry,
			String packCode) {

		/** Nominal energy in kWh: capacity × voltage. */
		public double nominalEnergyKwh() {
			return nominalCapacityAh.doubleValue() * nominalVoltageV.doubleValue() / 1000;
		}
	}
}
