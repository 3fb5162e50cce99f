package org.clearlot.inspection.history;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records mileage readings; a reading already recorded for the same source event is not recorded again. */
@Component
public class MileageRecorder {

	private final JdbcTemplate jdbc;

	MileageRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String vin, MileageSource source, String sourceRef, int km, Instant readAt) {
		jdbc.update("""
				INSERT INTO inspection.mileage_readings (vin, source, source_ref, km, read_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, source_ref) DO NOTHING""",
				vin, source.name(), sourceRef, km, Timestamp.from(readAt));
	}
}
