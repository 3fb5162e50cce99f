package org.clearlot.telemetry.gateway;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.Sentinel;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.VehicleState;

/**
 * A realtime or reissued frame as a reading with the same meaning as one sent over HTTP: collection time at Beijing
 * time, the vehicle block's values (abnormal or invalid ones absent), the extremes (2016: the extremes block; 2025,
 * which has none: derived from the cell-voltage and probe-temperature lists), the alarm level and flags, the
 * position when the fix is valid.
 */
final class FrameReadings {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private FrameReadings() {
	}

	static TelemetryReading reading(String vin, Realtime frame) {
		VehicleData vehicle = frame.vehicle();
		ExtremesData extremes = frame.extremes() != null ? frame.extremes()
				: frame.cellVoltages().isEmpty() && frame.temperatures().isEmpty() ? null
						: ExtremesData.derive(frame.cellVoltages(), frame.temperatures());
		AlarmData alarm = frame.alarm();
		PositionData position = frame.position() != null && frame.position().valid() ? frame.position() : null;
		return new TelemetryReading(vin, OffsetDateTime.of(frame.time(), BEIJING),
				vehicle == null || vehicle.vehicleState() == null ? null : VehicleState.valueOf(vehicle.vehicleState().name()),
				vehicle == null || vehicle.chargingState() == null ? null
						: ChargingState.valueOf(vehicle.chargingState().name()),
				vehicle == null ? null : value(vehicle.speedKmh()), vehicle == null ? null : value(vehicle.odometerKm()),
				vehicle == null ? null : value(vehicle.packVoltageV()), vehicle == null ? null : value(vehicle.packCurrentA()),
				vehicle == null ? null : value(vehicle.socPercent()), vehicle == null ? null : whole(vehicle.insulationKohm()),
				extremes == null ? null : value(extremes.maxCellVoltageV()),
				extremes == null ? null : value(extremes.minCellVoltageV()),
				extremes == null ? null : whole(extremes.maxTemperatureC()),
				extremes == null ? null : whole(extremes.minTemperatureC()),
				alarm == null || Sentinel.ofByte(alarm.maxLevel()) != Sentinel.VALUE ? null : alarm.maxLevel(),
				alarm == null ? List.of() : alarm.alarms().stream().map(Enum::name).toList(),
				position == null ? null : position.latitudeDeg(), position == null ? null : position.longitudeDeg());
	}

	private static Double value(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static Integer whole(double value) {
		return Double.isNaN(value) ? null : (int) Math.round(value);
	}
}
