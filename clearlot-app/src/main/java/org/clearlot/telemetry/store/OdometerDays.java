package org.clearlot.telemetry.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.clearlot.telemetry.TelemetryOdometerRead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each vehicle's first odometer reading per day (Beijing time) and publishes the new ones of a batch as one
 * {@link TelemetryOdometerRead} per vehicle, so the vehicle history gains one telemetry reading a day rather than
 * thousands.
 * Days already recorded are remembered per instance, so the database is asked once per vehicle and day.
 */
@Component
class OdometerDays {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;
	private final Cache<String, LocalDate> lastRecordedDay = Caffeine.newBuilder().maximumSize(200_000).build();

	OdometerDays(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void record(List<NewReading> fresh) {
		Map<String, NewReading> firstOfDay = new TreeMap<>();
		for (NewReading reading : fresh) {
			if (reading.reading().odometerKm() == null) {
				continue;
			}
			LocalDate day = reading.reading().ts().atZoneSameInstant(CHINA).toLocalDate();
			LocalDate recorded = lastRecordedDay.getIfPresent(reading.reading().vin());
			if (recorded != null && !day.isAfter(recorded)) {
				continue;
			}
			firstOfDay.merge(reading.reading().vin() + '|' + day, reading,
					(a, b) -> a.reading().ts().isBefore(b.reading().ts()) ? a : b);
		}
		if (firstOfDay.isEmpty()) {
			return;
		}
		List<String> vins = new ArrayList<>();
		List<String> days = new ArrayList<>();
		List<String> times = new ArrayList<>();
		List<Double> kms = new ArrayList<>();
		firstOfDay.forEach((key, reading) -> {
			vins.add(reading.reading().vin());
			days.add(key.substring(key.indexOf('|') + 1));
			times.add(reading.reading().ts().toString());
			kms.add(reading.reading().odometerKm());
		});
		Map<String, List<TelemetryOdometerRead.Day>> recorded = new TreeMap<>();
		jdbc.query("""
				INSERT INTO telemetry.odometer_days (vin, day, ts, odometer_km)
				SELECT * FROM unnest(?::char(17)[], ?::date[], ?::timestamptz[], ?::float8[])
				ON CONFLICT (vin, day) DO NOTHING
				RETURNING vin, day, ts, odometer_km""", row -> {
			recorded.computeIfAbsent(row.getString(1), vin -> new ArrayList<>()).add(new TelemetryOdometerRead.Day(
					row.getObject(3, java.time.OffsetDateTime.class).toInstant(), row.getDouble(4)));
		}, vins.toArray(String[]::new), days.toArray(String[]::new), times.toArray(String[]::new),
				kms.toArray(Double[]::new));
		recorded.forEach((vin, read) -> events.publishEvent(new TelemetryOdometerRead(vin, read)));
		for (int i = 0; i < vins.size(); i++) {
			lastRecordedDay.asMap().merge(vins.get(i), LocalDate.parse(days.get(i)), (a, b) -> a.isAfter(b) ? a : b);
		}
	}
}
