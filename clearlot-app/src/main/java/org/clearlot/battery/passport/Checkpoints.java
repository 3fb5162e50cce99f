package org.clearlot.battery.passport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.clearlot.battery.analysis.AccumulatorSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code battery.checkpoints}: a vehicle's analysis state once a day, so that readings arriving late (GB/T 32960
 * reissue covers up to 7 days) are taken in by going back to the last checkpoint before them rather than to the start.
 */
@Repository
class Checkpoints {

	private final JdbcTemplate jdbc;

	Checkpoints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(String vin, AccumulatorSnapshot state) {
		jdbc.update("INSERT INTO battery.checkpoints (vin, at, state) VALUES (?, ?, ?) ON CONFLICT (vin, at) DO NOTHING",
				vin, Timestamp.from(state.lastAt()), SnapshotJson.write(state));
	}

	/** The newest checkpoint strictly before this instant. */
	Optional<AccumulatorSnapshot> before(String vin, Instant instant) {
		return jdbc.query("SELECT state FROM battery.checkpoints WHERE vin = ? AND at < ? ORDER BY at DESC LIMIT 1",
				(row, n) -> SnapshotJson.read(row.getString(1)), vin, Timestamp.from(instant)).stream().findFirst();
	}

	/** Drops checkpoints after this instant (they describe a past that late readings changed). */
	void deleteAfter(String vin, Instant instant) {
		jdbc.update("DELETE FROM battery.checkpoints WHERE vin = ? AND at > ?", vin, Timestamp.from(instant));
	}

	void deleteAll(String vin) {
		jdbc.update("DELETE FROM battery.checkpoints WHERE vin = ?", vin);
	}

	void pruneBefore(String vin, Instant instant) {
		jdbc.update("DELETE FROM battery.checkpoints WHERE vin = ? AND at < ?", vin, Timestamp.from(instant));
	}
}
