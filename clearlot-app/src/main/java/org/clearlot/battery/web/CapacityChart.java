package org.clearlot.battery.web;

import java.util.Locale;

import org.clearlot.battery.passport.BatteryPassport;

/** The capacity estimates of a passport as the JSON the listing page's chart reads: date, Ah, anchored or not. */
final class CapacityChart {

	private CapacityChart() {
	}

	static String json(BatteryPassport passport) {
		StringBuilder json = new StringBuilder("{\"nominal\":")
			.append(String.format(Locale.ROOT, "%.1f", passport.nominalCapacityAh())).append(",\"points\":[");
		boolean first = true;
		for (BatteryPassport.CapacityPoint point : passport.capacityHistory()) {
			json.append(first ? "" : ",").append("{\"t\":\"").append(point.at().toString(), 0, 10)
				.append("\",\"ah\":").append(String.format(Locale.ROOT, "%.1f", point.capacityAh()))
				.append(",\"anchored\":").append(point.anchored()).append('}');
			first = false;
		}
		return json.append("]}").toString();
	}
}
