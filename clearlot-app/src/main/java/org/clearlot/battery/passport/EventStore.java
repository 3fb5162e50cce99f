package org.clearlot.battery.passport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.clearlot.battery.analysis.NegativeEvent;
import org.clearlot.battery.analysis.NegativeEventType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code battery.negative_events}; an event found again after going back to a checkpoint replaces the one stored. */
@Repository
class EventStore {

	private final JdbcTemplate jdbc;

	EventStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(String vin, String packCode, NegativeEvent event) {
		jdbc.update("""
				INSERT INTO battery.negative_events (vin, type, started_at, ended_at, pack_code, peak_temp_c,
				    max_alarm_level)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (vin, type, started_at) DO UPDATE SET ended_at = excluded.ended_at,
				    peak_temp_c = excluded.peak_temp_c, max_alarm_level = excluded.max_alarm_level""",
				vin, event.type().name(), Timestamp.from(event.startedAt()), Timestamp.from(event.endedAt()), packCode,
				event.peakTempC(), event.maxAlarmLevel());
	}

	/** The vehicle's events, newest first, at most {@code limit}. */
	List<NegativeEvent> ofVehicle(String vin, int limit) {
		return query("vin", vin, limit);
	}

	/** The events while this pack was in any vehicle, newest first. */
	List<NegativeEvent> ofPack(String packCode, int limit) {
		return query("pack_code", packCode, limit);
	}

	void deleteFrom(String vin, Instant from) {
		jdbc.update("DELETE FROM battery.negative_events WHERE vin = ? AND started_at >= ?", vin, Timestamp.from(from));
	}

	private List<NegativeEvent> query(String column, String value, int limit) {
		return jdbc.query("SELECT type, started_at, ended_at, peak_temp_c, max_alarm_level FROM battery.negative_events "
				+ "WHERE " + column + " = ? ORDER BY started_at DESC LIMIT ?",
				(row, n) -> new NegativeEvent(NegativeEventType.valueOf(row.getString(1)), row.getTimestamp(2).toInstant(),
						row.getTimestamp(3).toInstant(), row.getObject(4) == null ? null
								: Double.valueOf(Float.toString(row.getFloat(4))), row.getInt(5)), value, limit);
	}
}
