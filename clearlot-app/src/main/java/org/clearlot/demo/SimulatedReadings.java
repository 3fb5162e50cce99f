package org.clearlot.demo;

import org.clearlot.simulator.Reading;
import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.VehicleState;

/** The fleet simulator's readings as telemetry readings: the same fields with the same meaning. */
final class SimulatedReadings {

	private SimulatedReadings() {
	}

	static TelemetryReading reading(Reading r) {
		return new TelemetryReading(r.vin(), r.ts(), VehicleState.valueOf(r.vehicleState().name()),
				ChargingState.valueOf(r.chargingState().name()), r.speedKmh(), r.odometerKm(), r.packVoltageV(),
				r.packCurrentA(), (double) r.socPercent(), r.insulationKohm(), r.cellVoltageMaxV(), r.cellVoltageMinV(),
				r.probeTempMaxC(), r.probeTempMinC(), r.alarmLevel(), r.alarmFlags().stream().map(Enum::name).toList(),
				r.latitude(), r.longitude());
	}

	static TelemetryReading shiftOdometer(TelemetryReading r, double offsetKm) {
		double km = Math.max(0, Math.round((r.odometerKm() + offsetKm) * 10) / 10.0);
		return new TelemetryReading(r.vin(), r.ts(), r.vehicleState(), r.chargingState(), r.speedKmh(), km,
				r.packVoltageV(), r.packCurrentA(), r.socPercent(), r.insulationKohm(), r.cellVoltageMaxV(),
				r.cellVoltageMinV(), r.probeTempMaxC(), r.probeTempMinC(), r.alarmLevel(), r.alarmFlags(), r.latitude(),
				r.longitude());
	}
}
