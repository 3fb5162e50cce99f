package org.clearlot.battery.passport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.clearlot.battery.analysis.AccumulatorSnapshot;
import org.clearlot.battery.analysis.HealthEstimate;
import org.clearlot.catalog.VehicleSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code battery.vehicles}: one row per electrified vehicle that ever sent telemetry. */
@Repository
class BatteryVehicles {

	private static final String COLUMNS = """
			vin, pack_code, nominal_capacity_ah, nominal_voltage_v, chemistry, watermark, state, soh_percent,
			soh_low_percent, soh_high_percent, estimated_capacity_ah, energy_soh_percent, bms_indicated_soh_percent,
			sessions_used, soh_reason,
			updated_at""";

	private final JdbcTemplate jdbc;

	BatteryVehicles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the row for a vehicle with a traction battery, unless it exists. */
	void createIfAbsent(VehicleSummary vehicle) {
		VehicleSummary.Battery battery = vehicle.battery();
		jdbc.update("""
				INSERT INTO battery.vehicles (vin, pack_code, nominal_capacity_ah, nominal_voltage_v, chemistry, state)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (vin) DO NOTHING""", vehicle.vin(), battery.packCode(),
				battery.nominalCapacityAh(), battery.nominalVoltageV(), battery.chemistry(),
				SnapshotJson.write(AccumulatorSnapshot.empty()));
	}

	/** The row, locked for this transaction; empty when it does not exist or another instance is updating it. */
	Optional<BatteryVehicle> lock(String vin) {
		return jdbc.query("SELECT " + COLUMNS + " FROM battery.vehicles WHERE vin = ? FOR UPDATE SKIP LOCKED",
				(row, n) -> vehicle(row), vin).stream().findFirst();
	}

	/** The row, locked for this transaction, waiting for another instance to finish with it. */
	Optional<BatteryVehicle> lockWaiting(String vin) {
		return jdbc.query("SELECT " + COLUMNS + " FROM battery.vehicles WHERE vin = ? FOR UPDATE",
				(row, n) -> vehicle(row), vin).stream().findFirst();
	}

	Optional<BatteryVehicle> find(String vin) {
		return jdbc.query("SELECT " + COLUMNS + " FROM battery.vehicles WHERE vin = ?", (row, n) -> vehicle(row), vin)
			.stream().findFirst();
	}

	/** The vehicle whose current pack has this code. */
	Optional<BatteryVehicle> findByPack(String packCode) {
		return jdbc.query("SELECT " + COLUMNS + " FROM battery.vehicles WHERE pack_code = ? ORDER BY updated_at DESC",
				(row, n) -> vehicle(row), packCode).stream().findFirst();
	}

	/** The watermarks of these vehicles (absent ones are not in the result). */
	List<BatteryVehicle> findAll(Collection<String> vins) {
		return jdbc.query("SELECT " + COLUMNS + " FROM battery.vehicles WHERE vin = ANY (?)", (row, n) -> vehicle(row),
				(Object) vins.toArray(String[]::new));
	}

	void saveState(String vin, AccumulatorSnapshot state) {
		jdbc.update("UPDATE battery.vehicles SET state = ?, watermark = ?, updated_at = now() WHERE vin = ?",
				SnapshotJson.write(state), state.lastAt() == null ? null : Timestamp.from(state.lastAt()), vin);
	}

	void saveHealth(String vin, HealthEstimate health) {
		jdbc.update("""
				UPDATE battery.vehicles SET soh_percent = ?, soh_low_percent = ?, soh_high_percent = ?,
				    estimated_capacity_ah = ?, energy_soh_percent = ?, bms_indicated_soh_percent = ?, sessions_used = ?,
				    soh_reason = ?,
				    updated_at = now()
				WHERE vin = ?""", health.sohPercent(), health.sohLowPercent(), health.sohHighPercent(),
				health.estimatedCapacityAh(), health.energySohPercent(), health.bmsIndicatedSohPercent(),
				health.sessionsUsed(), health.reason(), vin);
	}

	void changePack(String vin, String packCode) {
		jdbc.update("UPDATE battery.vehicles SET pack_code = ?, updated_at = now() WHERE vin = ?", packCode, vin);
	}

	private static BatteryVehicle vehicle(ResultSet row) throws SQLException {
		Timestamp watermark = row.getTimestamp("watermark");
		HealthEstimate health = new HealthEstimate(real(row, "soh_percent"), real(row, "soh_low_percent"),
				real(row, "soh_high_percent"), real(row, "estimated_capacity_ah"), null, null,
				real(row, "energy_soh_percent"), row.getInt("sessions_used"), real(row, "bms_indicated_soh_percent"),
				row.getString("soh_reason"));
		return new BatteryVehicle(row.getString("vin"), row.getString("pack_code"),
				row.getDouble("nominal_capacity_ah"), row.getDouble("nominal_voltage_v"), row.getString("chemistry"),
				watermark == null ? null : watermark.toInstant(), SnapshotJson.read(row.getString("state")), health,
				row.getTimestamp("updated_at").toInstant());
	}

	private static Double real(ResultSet row, String column) throws SQLException {
		float value = row.getFloat(column);
		return row.wasNull() ? null : Double.valueOf(Float.toString(value));
	}
}
