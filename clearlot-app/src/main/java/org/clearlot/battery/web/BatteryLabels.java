package org.clearlot.battery.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting for battery pages, from templates as {@code ${@batteryLabels.dateTime(at)}}: Beijing time. */
@Component("batteryLabels")
class BatteryLabels {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	public String dateTime(Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant.atZone(CHINA));
	}

	public String date(Instant instant) {
		return instant == null ? "—" : DATE.format(instant.atZone(CHINA));
	}
}
