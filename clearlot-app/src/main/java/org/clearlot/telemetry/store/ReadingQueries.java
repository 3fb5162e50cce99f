package org.clearlot.telemetry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.clearlot.telemetry.ChargingState;
import org.clearlot.telemetry.LateArrival;
import org.clearlot.telemetry.StoredReading;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;
import org.clearlot.telemetry.VehicleState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of stored telemetry; collection times come back at Beijing time (+08:00), as GB/T 32960 sends them. */
@Repository
public class ReadingQueries {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
	private static final String COLUMNS = """
			vin, ts, received_at, source, signature_verified, vehicle_state, charging_state, speed_kmh, odometer_km,
			pack_voltage_v, pack_current_a, soc_percent, insulation_kohm, cell_voltage_max_v, cell_voltage_min_v,
			probe_temp_max_c, probe_temp_min_c, alarm_level, alarm_flags, latitude, longitude""";

	private final JdbcTemplate jdbc;

	ReadingQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The reading with the newest collection time (the newest partition is looked at first). */
	public Optional<StoredReading> latest(String vin) {
		return jdbc.query("SELECT " + COLUMNS + " FROM telemetry.readings WHERE vin = ? ORDER BY ts DESC LIMIT 1",
				(row, n) -> new StoredReading(reading(row), TelemetrySource.ofCode(row.getShort("source")),
						row.getTimestamp("received_at").toInstant(), (Boolean) row.getObject("signature_verified")),
				vin).stream().findFirst();
	}

	public List<TelemetryReading> readings(String vin, Instant after, Instant upTo, int limit) {
		return jdbc.query("SELECT " + COLUMNS
				+ " FROM telemetry.readings WHERE vin = ? AND ts > ? AND ts <= ? ORDER BY ts LIMIT ?",
				(row, n) -> reading(row), vin, Timestamp.from(after), Timestamp.from(upTo), limit);
	}

	public List<String> vehiclesActiveSince(Instant since) {
		return jdbc.queryForList("SELECT vin FROM telemetry.vehicle_activity WHERE updated_at > ? ORDER BY vin",
				String.class, Timestamp.from(since));
	}

	public List<LateArrival> lateArrivals() {
		return jdbc.query("SELECT vin, earliest_ts, arrival_seq FROM telemetry.late_arrivals ORDER BY vin",
				(row, n) -> new LateArrival(row.getString(1), row.getTimestamp(2).toInstant(), row.getLong(3)));
	}

	/** Removes the late-arrival record only if nothing arrived late since it was read. */
	public void acknowledge(LateArrival arrival) {
		jdbc.update("DELETE FROM telemetry.late_arrivals WHERE vin = ? AND arrival_seq = ?", arrival.vin(),
				arrival.sequence());
	}

	private static TelemetryReading reading(ResultSet row) throws SQLException {
		return new TelemetryReading(row.getString("vin"),
				row.getObject("ts", OffsetDateTime.class).withOffsetSameInstant(BEIJING),
				code(row, "vehicle_state") == null ? null : VehicleState.ofCode(code(row, "vehicle_state")),
				code(row, "charging_state") == null ? null : ChargingState.ofCode(code(row, "charging_state")),
				real(row, "speed_kmh"), (Double) row.getObject("odometer_km"), real(row, "pack_voltage_v"),
				real(row, "pack_current_a"), real(row, "soc_percent"), (Integer) row.getObject("insulation_kohm"),
				real(row, "cell_voltage_max_v"), real(row, "cell_voltage_min_v"), code(row, "probe_temp_max_c"),
				code(row, "probe_temp_min_c"), code(row, "alarm_level"), AlarmFlags.names(row.getInt("alarm_flags")),
				(Double) row.getObject("latitude"), (Double) row.getObject("longitude"));
	}

	private static Integer code(ResultSet row, String column) throws SQLException {
		short value = row.getShort(column);
		return row.wasNull() ? null : (int) value;
	}

	/** A REAL column as the double it was written from, without float noise (36.6f is read back as 36.6). */
	private static Double real(ResultSet row, String column) throws SQLException {
		float value = row.getFloat(column);
		return row.wasNull() ? null : Double.valueOf(Float.toString(value));
	}
}
