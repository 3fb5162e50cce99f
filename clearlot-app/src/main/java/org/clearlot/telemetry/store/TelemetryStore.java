package org.clearlot.telemetry.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clearlot.telemetry.TelemetryProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores batches of readings in the caller's transaction: the readings themselves (a repeated vehicle and
 * collection time is skipped, not stored twice), each vehicle's activity, late arrivals and daily odometer
 * readings. Rows are written in VIN order, so concurrent batches over the same vehicles lock them in the same order.
 */
@Repository
public class TelemetryStore {

	private final JdbcTemplate jdbc;
	private final TelemetryProperties properties;
	private final VehicleActivity activity;
	private final OdometerDays odometerDays;
	private final Clock clock;

	TelemetryStore(JdbcTemplate jdbc, TelemetryProperties properties, VehicleActivity activity,
			OdometerDays odometerDays, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.activity = activity;
		this.odometerDays = odometerDays;
		this.clock = clock;
	}

	/**
	 * Stores the readings; returns, in the order given, whether each was new ({@code false}: the vehicle's reading
	 * at that collection time was already stored, by this batch or before). Runs in the caller's transaction, which
	 * must exist: only its commit makes the readings durable.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean[] store(List<NewReading> readings) {
		boolean[] stored = new boolean[readings.size()];
		if (readings.isEmpty()) {
			return stored;
		}
		List<Integer> order = new ArrayList<>(readings.size());
		for (int i = 0; i < readings.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> readings.get(i).reading().vin())
			.thenComparing(i -> readings.get(i).reading().ts().toInstant()));
		List<NewReading> sorted = order.stream().map(readings::get).toList();
		Set<String> inserted = insert(sorted);
		List<NewReading> fresh = new ArrayList<>();
		for (int position = 0; position < sorted.size(); position++) {
			NewReading reading = sorted.get(position);
			if (inserted.remove(key(reading.reading().vin(), reading.reading().ts().toInstant()))) {
				stored[order.get(position)] = true;
				fresh.add(reading);
			}
		}
		if (!fresh.isEmpty()) {
			Instant now = clock.instant();
			activity.record(fresh, now.minus(properties.lateAfter()));
			odometerDays.record(fresh);
		}
		return stored;
	}

	private Set<String> insert(List<NewReading> sorted) {
		Set<String> inserted = new HashSet<>();
		jdbc.execute((java.sql.Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(ReadingColumns.INSERT)) {
				new ReadingColumns(sorted).bind(statement);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						inserted.add(key(rows.getString(1), rows.getObject(2, java.time.OffsetDateTime.class).toInstant()));
					}
				}
			}
			return null;
		});
		return inserted;
	}

	private static String key(String vin, Instant ts) {
		return vin + '@' + ts;
	}
}
