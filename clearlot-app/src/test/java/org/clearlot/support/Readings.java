package org.clearlot.support;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Telemetry readings as the HTTP API takes them, for tests. */
public final class Readings {

	private Readings() {
	}

	/** A parked-charging reading with every field set. */
	public static Map<String, Object> charging(String vin, OffsetDateTime ts, double soc, double currentA, double odometerKm) {
		Map<String, Object> reading = new LinkedHashMap<>();
		reading.put("vin", vin);
		reading.put("ts", ts.toString());
		reading.put("vehicleState", "OFF");
		reading.put("chargingState", "PARKED_CHARGING");
		reading.put("speedKmh", 0.0);
		reading.put("odometerKm", odometerKm);
		reading.put("packVoltageV", 560.5);
		reading.put("packCurrentA", currentA);
		reading.put("socPercent", soc);
		reading.put("insulationKohm", 5000);
		reading.put("cellVoltageMaxV", 3.342);
		reading.put("cellVoltageMinV", 3.331);
		reading.put("probeTempMaxC", 27);
		reading.put("probeTempMinC", 24);
		reading.put("alarmLevel", 0);
		reading.put("alarmFlags", List.of());
		reading.put("latitude", 30.5928);
		reading.put("longitude", 114.3055);
		return reading;
	}

	public static Map<String, Object> batch(List<Map<String, Object>> readings) {
		return Map.of("readings", readings);
	}
}
