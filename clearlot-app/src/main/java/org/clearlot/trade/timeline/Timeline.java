package org.clearlot.trade.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clearlot.trade.TradeStatusChanged.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends to and reads deals' timelines ({@code trade.timeline}, which the database keeps append-only). */
@Repository
public class Timeline {

	private final JdbcTemplate jdbc;

	Timeline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID dealId, Subject subject, UUID subjectId, String from, String to, Actor actor, String note,
			Long amountFen, Instant at) {
		jdbc.update("""
				INSERT INTO trade.timeline (reservation_id, subject, subject_id, from_status, to_status, actor_id,
				    actor_role, note, amount_fen, at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", dealId, subject.name(), subjectId, from, to, actor.id(),
				actor.role(), note, amountFen, Timestamp.from(at));
	}

	public List<TimelineEntry> of(UUID dealId) {
		return jdbc.query("""
				SELECT id, subject, subject_id, from_status, to_status, actor_id, actor_role, note, amount_fen, at
				FROM trade.timeline WHERE reservation_id = ? ORDER BY id""", (row, n) -> new TimelineEntry(
				row.getLong(1), Subject.valueOf(row.getString(2)), row.getObject(3, UUID.class), row.getString(4),
				row.getString(5), row.getObject(6, UUID.class), row.getString(7), row.getString(8),
				(Long) row.getObject(9), row.getTimestamp(10).toInstant()), dealId);
	}
}
