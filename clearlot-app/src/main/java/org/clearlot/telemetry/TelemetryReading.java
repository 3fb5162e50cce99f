package org.clearlot.telemetry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One reading of a vehicle at one collection time, in physical units, whatever its source: the body of
 * {@code POST /api/v1/telemetry} and, with where it came from, of {@code GET /api/v1/vehicles/{vin}/telemetry/latest}.
 * Every value but {@code vin} and {@code ts} may be absent (null), as on the wire when a sensor reports abnormal or
 * invalid. {@code packCurrentA} is positive while discharging. {@code alarmFlags} names the set general-alarm bits of
 * GB/T 32960 (for example {@code BATTERY_HIGH_TEMPERATURE}, {@code THERMAL_EVENT}).
 */
public record TelemetryReading(String vin, OffsetDateTime ts, VehicleState vehicleState, ChargingState chargingState,
		Double speedKmh, Double odometerKm, Double packVoltageV, Double packCurrentA, Double socPercent,
		Integer insulationKohm, Double cellVoltageMaxV, Double cellVoltageMinV, Integer probeTempMaxC,
		Integer probeTempMinC, Integer alarmLevel, List<String> alarmFlags, Double latitude, Double longitude) {

	public TelemetryReading {
		alarmFlags = alarmFlags == null ? List.of() : List.copyOf(alarmFlags);
	}
}
