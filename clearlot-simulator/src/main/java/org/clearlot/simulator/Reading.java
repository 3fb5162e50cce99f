package org.clearlot.simulator;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One telemetry reading as a terminal reports it, in physical units, with the field names of Clearlot's HTTP
 * telemetry API. Values carry the terminal's own errors (BMS SOC estimate in whole percent, sensor offsets and
 * noise), not the truth; see {@link BatteryTruth} for that.
 *
 * @param vin             the vehicle
 * @param ts              when it was taken, Beijing time (+08:00), whole seconds
 * @param vehicleState    power state
 * @param chargingState   charging state
 * @param speedKmh        speed, 0.1 km/h resolution
 * @param odometerKm      odometer, 0.1 km resolution
 * @param packVoltageV    pack voltage, 0.1 V resolution
 * @param packCurrentA    pack current, 0.1 A resolution, positive = discharge, negative = charge (and regeneration)
 * @param socPercent      the BMS's state of charge in whole percent
 * @param insulationKohm  insulation resistance
 * @param cellVoltageMaxV highest cell voltage (0.001 V)
 * @param cellVoltageMinV lowest cell voltage (0.001 V)
 * @param probeTempMaxC   highest probe temperature
 * @param probeTempMinC   lowest probe temperature
 * @param alarmLevel      highest alarm level: 0 none … 3 stop at once, 4 thermal event (2025 only)
 * @param alarmFlags      the general alarm flags set
 * @param latitude        WGS-84 latitude, 6 decimals
 * @param longitude       WGS-84 longitude, 6 decimals
 * @param cellVoltages    every series cell's voltage
 * @param probeTemperatures every probe's temperature
 */
public record Reading(String vin, OffsetDateTime ts, VehicleState vehicleState, ChargingState chargingState,
		double speedKmh, double odometerKm, double packVoltageV, double packCurrentA, int socPercent,
		int insulationKohm, double cellVoltageMaxV, double cellVoltageMinV, int probeTempMaxC, int probeTempMinC,
		int alarmLevel, Set<AlarmFlag> alarmFlags, double latitude, double longitude, CellVoltages cellVoltages,
		ProbeTemperatures probeTemperatures) {

	/** Whether the reading was taken while a charger was delivering current (parked or driving). */
	public boolean charging() {
		return chargingState == ChargingState.PARKED_CHARGING || chargingState == ChargingState.DRIVING_CHARGING;
	}
}
