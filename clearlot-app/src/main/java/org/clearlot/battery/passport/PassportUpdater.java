package org.clearlot.battery.passport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.clearlot.battery.BatteryProperties;
import org.clearlot.telemetry.LateArrival;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.TelemetryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The incremental update, every {@code clearlot.battery.update-interval}: the vehicles that sent telemetry since
 * the cursor, and those with late arrivals, are each brought up to date to {@code now − settle}. The cursor trails
 * the pass by the settle time, the longest gap and the tolerated clock skew, so a vehicle stays in view until its
 * last readings have been taken in and its session closed; a crash between passes loses nothing, because a vehicle's
 * state, findings and watermark commit together. Safe with several instances: a vehicle being updated by one is
 * skipped by the others.
 */
@Component
public class PassportUpdater {

	private static final Logger log = LoggerFactory.getLogger(PassportUpdater.class);
	private static final Duration MARGIN = Duration.ofMinutes(2);

	private final VehicleUpdate update;
	private final TelemetryApi telemetry;
	private final JdbcTemplate jdbc;
	private final BatteryProperties properties;
	private final TelemetryProperties telemetryProperties;
	private final Clock clock;

	PassportUpdater(VehicleUpdate update, TelemetryApi telemetry, JdbcTemplate jdbc, BatteryProperties properties,
			TelemetryProperties telemetryProperties, Clock clock) {
		this.update = update;
		this.telemetry = telemetry;
		this.jdbc = jdbc;
		this.properties = properties;
		this.telemetryProperties = telemetryProperties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clearlot.battery.update-interval:5s}",
			initialDelayString = "${clearlot.battery.update-interval:5s}")
	void scheduled() {
		try {
			updateAll();
		}
		catch (RuntimeException e) {
			log.warn("Battery passport update failed; the next pass retries", e);
		}
	}

	/** One pass; returns how many vehicles were brought up to date. */
	public int updateAll() {
		Instant passStart = clock.instant();
		Instant upTo = passStart.minus(properties.settle());
		Instant since = jdbc.queryForObject("SELECT active_since FROM battery.update_cursor WHERE id = 1",
				Timestamp.class).toInstant();
		Map<String, LateArrival> work = new TreeMap<>();
		telemetry.vehiclesActiveSince(since).forEach(vin -> work.put(vin, null));
		telemetry.lateArrivals().forEach(late -> work.put(late.vin(), late));
		int updated = 0;
		for (Map.Entry<String, LateArrival> vehicle : work.entrySet()) {
			updated += update.update(vehicle.getKey(), vehicle.getValue(), upTo) ? 1 : 0;
		}
		Instant next = passStart.minus(properties.settle()).minus(properties.maxGap())
			.minus(telemetryProperties.futureTolerance()).minus(MARGIN);
		jdbc.update("UPDATE battery.update_cursor SET active_since = greatest(active_since, ?) WHERE id = 1",
				Timestamp.from(next));
		return updated;
	}
}
