package org.clearlot.battery.analysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.VehicleState;

/**
 * Writes readings of a pack with a known true capacity, for analysis tests: parked charging at constant current
 * with the BMS's SOC as the true SOC floored to whole percent, rests (no readings) and discharges.
 */
final class Drive {

	static final String VIN = "LTSTEST0000000001";

	private final double capacityAh;
	private final List<TelemetryReading> readings = new ArrayList<>();
	private Instant now = Instant.parse("2026-03-01T00:00:00Z");
	private double soc;
	private double tempC = 25;
	private List<String> alarms = List.of();
	private int alarmLevel;

	Drive(double capacityAh, double startSoc) {
		this.capacityAh = capacityAh;
		this.soc = startSoc;
	}

	Drive temperature(double celsius) {
		this.tempC = celsius;
		return this;
	}

	Drive alarms(int level, String... names) {
		this.alarmLevel = level;
		this.alarms = List.of(names);
		return this;
	}

	/** Charges at {@code amps} (positive number) until the true SOC reaches {@code toSoc}, then unplugs. */
	Drive charge(double amps, double toSoc) {
		return charging(amps, toSoc).unplug();
	}

	/** Charges at {@code amps} until the true SOC reaches {@code toSoc}, a reading every 10 s, still plugged in. */
	Drive charging(double amps, double toSoc) {
		while (soc < toSoc) {
			add(ChargingState.PARKED_CHARGING, -amps);
			now = now.plusSeconds(10);
			soc = Math.min(100, soc + amps * 10 / 3600 / capacityAh * 100);
		}
		return this;
	}

	/** The reading that ends a charge: complete at 100 %, otherwise not charging. */
	Drive unplug() {
		add(soc >= 100 ? ChargingState.CHARGE_COMPLETE : ChargingState.NOT_CHARGING, 0);
		return this;
	}

	/** Drives discharging at {@code amps} for the given seconds, a reading every 10 s. */
	Drive discharge(double amps, int seconds) {
		for (int t = 0; t < seconds; t += 10) {
			add(ChargingState.NOT_CHARGING, amps);
			now = now.plusSeconds(10);
			soc = Math.max(0, soc - amps * 10 / 3600 / capacityAh * 100);
		}
		return this;
	}

	/** No readings for a while (the car is off). */
	Drive rest(long seconds) {
		now = now.plusSeconds(seconds);
		return this;
	}

	/** Overrides the reported SOC of the next reading (a BMS correction). */
	Drive jumpSocTo(double value) {
		soc = value;
		return this;
	}

	List<TelemetryReading> readings() {
		return readings;
	}

	Instant now() {
		return now;
	}

	private void add(ChargingState charging, double current) {
		readings.add(new TelemetryReading(VIN, now.atOffset(ZoneOffset.ofHours(8)), VehicleState.OFF, charging, 0.0,
				10_000.0, 560.0, current, Math.floor(soc + 1e-9), 5000, 3.35, 3.33, (int) Math.round(tempC + 1),
				(int) Math.round(tempC - 1), alarmLevel, alarms, 30.0, 114.0));
	}
}
