package org.clearlot.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants for display in Beijing time, the market's time zone: {@code 2026-12-01 18:30}. Used from templates
 * as {@code ${@time.dateTime(at)}} and {@code ${@time.date(at)}}; a missing instant shows as a dash.
 */
@Component("time")
public class TimeFormat {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	public String dateTime(Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant.atZone(CHINA));
	}

	public String dateTime(OffsetDateTime time) {
		return time == null ? "—" : dateTime(time.toInstant());
	}

	public String date(Instant instant) {
		return instant == null ? "—" : DATE.format(instant.atZone(CHINA));
	}
}
