package org.clearlot.battery.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.clearlot.platform.integrity.CanonicalJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code battery.pack_events}: appends under a per-pack advisory lock, so a chain cannot fork. */
@Repository
class PackEvents {

	private final JdbcTemplate jdbc;

	PackEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the pack's chain until the end of the transaction. */
	void lock(String packCode) {
		jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('battery.pack:" + packCode + "'))");
	}

	List<PackEvent> chain(String packCode) {
		return jdbc.query("SELECT * FROM battery.pack_events WHERE pack_code = ? ORDER BY position",
				(row, n) -> event(row), packCode);
	}

	/** The pack codes that were ever installed in this vehicle, most recent first. */
	List<String> packsOfVehicle(String vin) {
		return jdbc.queryForList("""
				SELECT pack_code FROM battery.pack_events WHERE vin = ? AND type = 'INSTALLED'
				ORDER BY occurred_at DESC""", String.class, vin);
	}

	void append(PackEventContent content, String canonical, String hash) {
		jdbc.update("""
				INSERT INTO battery.pack_events (id, pack_code, position, type, status, occurred_at, vin,
				    related_pack_code, canonical_content, hash, previous_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", content.id(), content.packCode(), content.position(),
				content.type().name(), content.status(), Timestamp.from(content.occurredAt()), content.vin(),
				content.relatedPackCode(), canonical, hash, content.previousHash());
	}

	private static PackEvent event(ResultSet row) throws SQLException {
		PackEventContent content = readable(row.getString("canonical_content"));
		return new PackEvent(row.getObject("id", java.util.UUID.class), row.getString("pack_code"),
				row.getInt("position"), PackEventType.valueOf(row.getString("type")), row.getString("status"),
				row.getTimestamp("occurred_at").toInstant(), trimmed(row.getString("vin")),
				row.getString("related_pack_code"), content == null ? null : content.facility(),
				content == null ? null : content.notes(), content == null ? null : content.organizationId(),
				row.getString("hash").strip(), row.getString("previous_hash") == null ? null
						: row.getString("previous_hash").strip(),
				row.getTimestamp("recorded_at").toInstant(), row.getString("canonical_content"));
	}

	/** The content, or null when it cannot be read (the chain check then names the event). */
	private static PackEventContent readable(String canonical) {
		try {
			return CanonicalJson.read(canonical, PackEventContent.class);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	private static String trimmed(String value) {
		return value == null ? null : value.strip();
	}
}
