package org.clearlot.battery.passport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.clearlot.battery.analysis.ChargeSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code battery.charge_sessions}: charging sessions and anchor-to-anchor windows. One found again after going back
 * to a checkpoint replaces the one stored (same vehicle, kind and start).
 */
@Repository
class SessionStore {

	private final JdbcTemplate jdbc;

	SessionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(String vin, String packCode, ChargeSession s) {
		jdbc.update("""
				INSERT INTO battery.charge_sessions (vin, kind, started_at, ended_at, pack_code, start_soc, end_soc,
				    charged_ah, charged_kwh, window_soc, window_ah, window_kwh, mean_temp_c, rest_before_s, completed,
				    anchored, capacity_ah, energy_kwh, rejection)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (vin, kind, started_at) DO UPDATE SET ended_at = excluded.ended_at, end_soc = excluded.end_soc,
				    charged_ah = excluded.charged_ah, charged_kwh = excluded.charged_kwh, window_soc = excluded.window_soc,
				    window_ah = excluded.window_ah, window_kwh = excluded.window_kwh, mean_temp_c = excluded.mean_temp_c,
				    completed = excluded.completed, anchored = excluded.anchored, capacity_ah = excluded.capacity_ah,
				    energy_kwh = excluded.energy_kwh, rejection = excluded.rejection""",
				vin, s.kind().name(), Timestamp.from(s.startedAt()), Timestamp.from(s.endedAt()), packCode, finite(s.startSoc()),
				finite(s.endSoc()), s.chargedAh(), s.chargedKwh(), s.windowSoc(), s.windowAh(), s.windowKwh(),
				finite(s.meanTempC()), s.restBefore().toSeconds(), s.completed(), s.anchored(), s.capacityAh(),
				s.energyKwh(), s.rejection());
	}

	/** The vehicle's sessions, oldest first, at most the newest {@code limit}. */
	List<ChargeSession> ofVehicle(String vin, int limit) {
		return jdbc.query("""
				SELECT * FROM (SELECT * FROM battery.charge_sessions WHERE vin = ? ORDER BY started_at DESC LIMIT ?) s
				ORDER BY started_at""", (row, n) -> session(row), vin, limit);
	}

	/** The sessions while this pack was in any vehicle, oldest first, at most the newest {@code limit}. */
	List<ChargeSession> ofPack(String packCode, int limit) {
		return jdbc.query("""
				SELECT * FROM (SELECT * FROM battery.charge_sessions WHERE pack_code = ?
				               ORDER BY started_at DESC LIMIT ?) s
				ORDER BY started_at""", (row, n) -> session(row), packCode, limit);
	}

	/** Forgets sessions that started at or after this instant (they will be found again). */
	void deleteFrom(String vin, Instant from) {
		jdbc.update("DELETE FROM battery.charge_sessions WHERE vin = ? AND started_at >= ?", vin, Timestamp.from(from));
	}

	private static ChargeSession session(ResultSet row) throws SQLException {
		return new ChargeSession(ChargeSession.Kind.valueOf(row.getString("kind")),
				row.getTimestamp("started_at").toInstant(), row.getTimestamp("ended_at").toInstant(),
				number(row, "start_soc"), number(row, "end_soc"), row.getDouble("charged_ah"),
				row.getDouble("charged_kwh"), row.getInt("window_soc"), row.getDouble("window_ah"),
				row.getDouble("window_kwh"), number(row, "mean_temp_c"), Duration.ofSeconds(row.getLong("rest_before_s")),
				row.getBoolean("completed"), row.getBoolean("anchored"), (Double) row.getObject("capacity_ah"),
				(Double) row.getObject("energy_kwh"), row.getString("rejection"));
	}

	private static Double finite(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static double number(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? Double.NaN : value;
	}
}
