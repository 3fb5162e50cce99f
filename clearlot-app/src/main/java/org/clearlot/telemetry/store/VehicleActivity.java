package org.clearlot.telemetry.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which vehicles sent data and when ({@code telemetry.vehicle_activity}, written at most every
 * {@link #REFRESH} per vehicle and instance), and which sent readings long after collecting them
 * ({@code telemetry.late_arrivals}): what incremental consumers such as battery passports look at to find work.
 */
@Component
class VehicleActivity {

	/** A vehicle's activity is written at most this often by one instance; consumers look minutes back anyway. */
	private static final Duration REFRESH = Duration.ofSeconds(15);

	private final JdbcTemplate jdbc;
	private final Cache<String, Boolean> written = Caffeine.newBuilder().maximumSize(200_000)
		.expireAfterWrite(REFRESH).build();

	VehicleActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the vehicles of newly stored readings; readings collected before {@code lateBefore} are late. */
	void record(List<NewReading> fresh, Instant lateBefore) {
		Map<String, Instant> latest = new TreeMap<>();
		Map<String, Instant> earliestLate = new TreeMap<>();
		for (NewReading reading : fresh) {
			Instant ts = reading.reading().ts().toInstant();
			if (written.getIfPresent(reading.reading().vin()) == null) {
				latest.merge(reading.reading().vin(), ts, (a, b) -> a.isAfter(b) ? a : b);
			}
			if (ts.isBefore(lateBefore)) {
				earliestLate.merge(reading.reading().vin(), ts, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		if (!latest.isEmpty()) {
			upsertActivity(latest);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					latest.keySet().forEach(vin -> written.put(vin, Boolean.TRUE));
				}
			});
		}
		if (!earliestLate.isEmpty()) {
			upsertLateArrivals(earliestLate);
		}
	}

	private void upsertActivity(Map<String, Instant> latest) {
		jdbc.update("""
				INSERT INTO telemetry.vehicle_activity (vin, latest_ts, updated_at)
				SELECT vin, ts, now() FROM unnest(?::char(17)[], ?::timestamptz[]) AS batch (vin, ts)
				ON CONFLICT (vin) DO UPDATE
				SET latest_ts = greatest(vehicle_activity.latest_ts, excluded.latest_ts), updated_at = now()""",
				vins(latest), times(latest));
	}

	private void upsertLateArrivals(Map<String, Instant> earliestLate) {
		jdbc.update("""
				INSERT INTO telemetry.late_arrivals (vin, earliest_ts, arrival_seq)
				SELECT vin, ts, nextval('telemetry.late_arrival_seq')
				FROM unnest(?::char(17)[], ?::timestamptz[]) AS batch (vin, ts)
				ON CONFLICT (vin) DO UPDATE
				SET earliest_ts = least(late_arrivals.earliest_ts, excluded.earliest_ts),
				    arrival_seq = excluded.arrival_seq""", vins(earliestLate), times(earliestLate));
	}

	private static String[] vins(Map<String, Instant> byVin) {
		return byVin.keySet().toArray(String[]::new);
	}

	private static String[] times(Map<String, Instant> byVin) {
		return byVin.values().stream().map(Instant::toString).toArray(String[]::new);
	}
}
