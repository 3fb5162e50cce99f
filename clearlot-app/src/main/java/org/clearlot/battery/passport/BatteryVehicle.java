package org.clearlot.battery.passport;

import java.time.Instant;

import org.clearlot.battery.analysis.AccumulatorSnapshot;
import org.clearlot.battery.analysis.HealthEstimate;

/**
 * A vehicle's row in {@code battery.vehicles}: its pack's nameplate, the analysis state up to {@code watermark},
 * and the state of health last estimated from it.
 */
record BatteryVehicle(String vin, String packCode, double nominalCapacityAh, double nominalVoltageV,
		String chemistry, Instant watermark, AccumulatorSnapshot state, HealthEstimate health, Instant updatedAt) {

	double nominalEnergyKwh() {
		return nominalCapacityAh * nominalVoltageV / 1000;
	}
}
