package org.clearlot.support;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Readings of parked charging sessions of a pack with a known usable capacity, as the HTTP API takes them: the car
 * wakes after a rest (one idle reading a minute before the charge: an SOC anchor), charges at constant current with a
 * reading every 10 s and the BMS's SOC the true SOC floored to whole percent, and ends complete at 100 % (the other
 * anchor) or unplugged below it.
 */
public final class ChargeReadings {

	private ChargeReadings() {
	}

	public static List<Map<String, Object>> session(String vin, OffsetDateTime start, double capacityAh, double amps,
			double fromSoc, double toSoc) {
		List<Map<String, Object>> readings = new ArrayList<>();
		Map<String, Object> awake = new java.util.LinkedHashMap<>(Readings.charging(vin, start.minusSeconds(60),
				Math.floor(fromSoc), 1.5, 40_000));
		awake.put("vehicleState", "ON");
		awake.put("chargingState", "NOT_CHARGING");
		readings.add(awake);
		double soc = fromSoc;
		OffsetDateTime ts = start;
		while (soc < toSoc) {
			readings.add(Readings.charging(vin, ts, Math.floor(soc + 1e-9), -amps, 40_000));
			ts = ts.plusSeconds(10);
			soc += amps * 10 / 3600 / capacityAh * 100;
		}
		Map<String, Object> end = new java.util.LinkedHashMap<>(Readings.charging(vin, ts, Math.min(100, Math.floor(soc)), 0,
				40_000));
		end.put("chargingState", soc >= 100 ? "CHARGE_COMPLETE" : "NOT_CHARGING");
		readings.add(end);
		return readings;
	}
}
