package org.clearlot.telemetry.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.clearlot.telemetry.TelemetryReading;

/**
 * A batch of readings as one array per column, bound to the {@code unnest(…)} of {@link #INSERT}: one statement
 * stores a whole batch, however large, and reports back the rows it inserted (a reading whose vehicle and collection
 * time are already stored is skipped by the primary key).
 */
final class ReadingColumns {

	static final String INSERT = """
			INSERT INTO telemetry.readings (vin, ts, source, signature_verified, vehicle_state, charging_state,
			    speed_kmh, odometer_km, pack_voltage_v, pack_current_a, soc_percent, insulation_kohm,
			    cell_voltage_max_v, cell_voltage_min_v, probe_temp_max_c, probe_temp_min_c, alarm_level, alarm_flags,
			    latitude, longitude)
			SELECT * FROM unnest(?::char(17)[], ?::timestamptz[], ?::smallint[], ?::boolean[], ?::smallint[],
			    ?::smallint[], ?::real[], ?::float8[], ?::real[], ?::real[], ?::real[], ?::integer[], ?::real[],
			    ?::real[], ?::smallint[], ?::smallint[], ?::smallint[], ?::integer[], ?::float8[], ?::float8[])
			ON CONFLICT (vin, ts) DO NOTHING
			RETURNING vin, ts""";

	private final List<NewReading> rows;

	ReadingColumns(List<NewReading> rows) {
		this.rows = rows;
	}

	void bind(PreparedStatement statement) throws SQLException {
		Connection connection = statement.getConnection();
		int column = 1;
		statement.setArray(column++, texts(connection, "varchar", r -> r.reading().vin()));
		statement.setArray(column++, texts(connection, "varchar", r -> r.reading().ts().toString()));
		statement.setArray(column++, array(connection, "int2", r -> (short) r.source().code()));
		statement.setArray(column++, array(connection, "bool", NewReading::signatureVerified));
		statement.setArray(column++, array(connection, "int2",
				r -> r.reading().vehicleState() == null ? null : (short) r.reading().vehicleState().code()));
		statement.setArray(column++, array(connection, "int2",
				r -> r.reading().chargingState() == null ? null : (short) r.reading().chargingState().code()));
		statement.setArray(column++, reals(connection, TelemetryReading::speedKmh));
		statement.setArray(column++, array(connection, "float8", r -> r.reading().odometerKm()));
		statement.setArray(column++, reals(connection, TelemetryReading::packVoltageV));
		statement.setArray(column++, reals(connection, TelemetryReading::packCurrentA));
		statement.setArray(column++, reals(connection, TelemetryReading::socPercent));
		statement.setArray(column++, array(connection, "int4", r -> r.reading().insulationKohm()));
		statement.setArray(column++, reals(connection, TelemetryReading::cellVoltageMaxV));
		statement.setArray(column++, reals(connection, TelemetryReading::cellVoltageMinV));
		statement.setArray(column++, shorts(connection, TelemetryReading::probeTempMaxC));
		statement.setArray(column++, shorts(connection, TelemetryReading::probeTempMinC));
		statement.setArray(column++, shorts(connection, TelemetryReading::alarmLevel));
		statement.setArray(column++, array(connection, "int4", r -> AlarmFlags.bits(r.reading().alarmFlags())));
		statement.setArray(column++, array(connection, "float8", r -> r.reading().latitude()));
		statement.setArray(column, array(connection, "float8", r -> r.reading().longitude()));
	}

	private Array texts(Connection connection, String type, Function<NewReading, String> value) throws SQLException {
		return array(connection, type, value);
	}

	private Array reals(Connection connection, Function<TelemetryReading, Double> value) throws SQLException {
		return array(connection, "float4", r -> {
			Double number = value.apply(r.reading());
			return number == null ? null : number.floatValue();
		});
	}

	private Array shorts(Connection connection, Function<TelemetryReading, Integer> value) throws SQLException {
		return array(connection, "int2", r -> {
			Integer number = value.apply(r.reading());
			return number == null ? null : number.shortValue();
		});
	}

	private Array array(Connection connection, String type, Function<NewReading, ?> value) throws SQLException {
		Object[] values = new Object[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value.apply(rows.get(i));
		}
		return connection.createArrayOf(type, values);
	}
}
