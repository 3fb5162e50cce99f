package org.clearlot.battery.analysis;

import java.time.Instant;

import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.TelemetryReading;

/**
 * What the analysis needs of one reading, with absent values as NaN. {@code currentA} is positive while
 * discharging (as on the wire), so charging current is negative; {@code eventMask} has a bit per
 * {@link NegativeEventType} whose alarm the reading carries.
 */
record Sample(Instant at, ChargingState chargingState, double speedKmh, double currentA, double voltageV, double socPercent,
		double probeMaxC, double probeMinC, int alarmLevel, int eventMask) {

	static Sample of(TelemetryReading reading) {
		return new Sample(reading.ts().toInstant(), reading.chargingState(), value(reading.speedKmh()),
				value(reading.packCurrentA()),
				value(reading.packVoltageV()), value(reading.socPercent()), value(reading.probeTempMaxC()),
				value(reading.probeTempMinC()), reading.alarmLevel() == null ? 0 : reading.alarmLevel(),
				NegativeEventType.mask(reading.alarmFlags()));
	}

	boolean parkedCharging() {
		return chargingState == ChargingState.PARKED_CHARGING;
	}

	boolean charging() {
		return chargingState == ChargingState.PARKED_CHARGING || chargingState == ChargingState.DRIVING_CHARGING;
	}

	/** Whether the car was moving (a speed above walking pace). */
	boolean moving() {
		return speedKmh > 3;
	}

	boolean chargeComplete() {
		return chargingState == ChargingState.CHARGE_COMPLETE;
	}

	private static double value(Number number) {
		return number == null ? Double.NaN : number.doubleValue();
	}
}
