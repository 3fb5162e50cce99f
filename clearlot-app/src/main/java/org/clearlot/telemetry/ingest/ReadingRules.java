package org.clearlot.telemetry.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.Vin;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.store.AlarmFlags;

/**
 * What every reading must meet, whatever its source: a valid VIN, a collection time within the stored range, and
 * values within the ranges GB/T 32960 can express (speed 0–220 km/h rounded up to 250, pack current ±3000 A, probe
 * temperatures −40 to 210 °C, …). Each problem names its field.
 */
public final class ReadingRules {

	private ReadingRules() {
	}

	public static List<String> problems(TelemetryReading reading, Instant now, Duration retention, Duration futureTolerance) {
		List<String> problems = new ArrayList<>();
		if (reading.vin() == null) {
			problems.add("vin: is required");
		}
		else {
			Vin.check(reading.vin()).ifPresent(problem -> problems.add("vin: " + problem.message()));
		}
		if (reading.ts() == null) {
			problems.add("ts: is required (ISO-8601 with offset, e.g. 2025-03-01T10:00:00+08:00)");
		}
		else if (reading.ts().toInstant().isAfter(now.plus(futureTolerance))) {
			problems.add("ts: is more than " + futureTolerance.toMinutes() + " minutes in the future");
		}
		else if (reading.ts().toInstant().isBefore(now.minus(retention))) {
			problems.add("ts: is older than the retention period of " + retention.toDays() + " days");
		}
		range(problems, "speedKmh", reading.speedKmh(), 0, 250);
		range(problems, "odometerKm", reading.odometerKm(), 0, 999_999.9);
		range(problems, "packVoltageV", reading.packVoltageV(), 0, 1000);
		range(problems, "packCurrentA", reading.packCurrentA(), -3000, 3000);
		range(problems, "socPercent", reading.socPercent(), 0, 100);
		range(problems, "insulationKohm", reading.insulationKohm(), 0, 60_000);
		range(problems, "cellVoltageMaxV", reading.cellVoltageMaxV(), 0, 15);
		range(problems, "cellVoltageMinV", reading.cellVoltageMinV(), 0, 15);
		range(problems, "probeTempMaxC", reading.probeTempMaxC(), -40, 210);
		range(problems, "probeTempMinC", reading.probeTempMinC(), -40, 210);
		range(problems, "alarmLevel", reading.alarmLevel(), 0, 4);
		range(problems, "latitude", reading.latitude(), -90, 90);
		range(problems, "longitude", reading.longitude(), -180, 180);
		ordered(problems, "cellVoltageMinV", reading.cellVoltageMinV(), reading.cellVoltageMaxV());
		ordered(problems, "probeTempMinC", reading.probeTempMinC(), reading.probeTempMaxC());
		AlarmFlags.unknown(reading.alarmFlags())
			.ifPresent(name -> problems.add("alarmFlags: '" + name + "' is not a GB/T 32960 general alarm"));
		return problems;
	}

	private static void range(List<String> problems, String field, Number value, double min, double max) {
		if (value != null && (Double.isNaN(value.doubleValue()) || value.doubleValue() < min || value.doubleValue() > max)) {
			problems.add(field + ": " + value + " is not between " + number(min) + " and " + number(max));
		}
	}

	private static void ordered(List<String> problems, String field, Number min, Number max) {
		if (min != null && max != null && min.doubleValue() > max.doubleValue()) {
			problems.add(field + ": is above the maximum (" + min + " > " + max + ")");
		}
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
