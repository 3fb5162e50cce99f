package org.clearlot.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Notifications and how far each reader has read ({@code notification.notifications}, {@code notification.seen}). */
@Repository
class NotificationStore {

	private static final String VISIBLE = "(recipient_user_id = ? OR recipient_org_id = ? OR recipient_role = ?)";

	private final JdbcTemplate jdbc;

	NotificationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a notification once: the same event for the same recipient again is ignored. */
	void add(String eventKey, Recipient to, String subject, String toStatus, long listingId, String vin, String link,
			Instant at) {
		jdbc.update("""
				INSERT INTO notification.notifications (event_key, recipient_user_id, recipient_org_id, recipient_role,
				    subject, to_status, listing_id, vin, link, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT notifications_once DO NOTHING""", eventKey, to.userId(), to.organizationId(),
				to.role(), subject, toStatus, listingId, vin, link, Timestamp.from(at));
	}

	List<Notification> latest(Recipient.Reader reader, int limit) {
		long seen = lastSeen(reader);
		return jdbc.query("SELECT id, subject, to_status, listing_id, vin, link, created_at FROM notification.notifications"
				+ " WHERE " + VISIBLE + " ORDER BY id DESC LIMIT ?",
				(row, n) -> new Notification(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
						row.getString(5), row.getString(6), row.getTimestamp(7).toInstant(), row.getLong(1) > seen),
				reader.userId(), reader.organizationId(), reader.role(), limit);
	}

	long unread(Recipient.Reader reader) {
		return jdbc.queryForObject("SELECT count(*) FROM notification.notifications WHERE " + VISIBLE + " AND id > ?",
				Long.class, reader.userId(), reader.organizationId(), reader.role(), lastSeen(reader));
	}

	/** The newest notification the reader can see, if any. */
	java.util.OptionalLong newest(Recipient.Reader reader) {
		Long id = jdbc.queryForObject("SELECT max(id) FROM notification.notifications WHERE " + VISIBLE, Long.class,
				reader.userId(), reader.organizationId(), reader.role());
		return id == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(id);
	}

	/** Marks everything up to {@code id} read (never moves backwards). */
	void seenUpTo(Recipient.Reader reader, long id) {
		jdbc.update("""
				INSERT INTO notification.seen (user_id, last_seen_id) VALUES (?, ?)
				ON CONFLICT (user_id) DO UPDATE SET last_seen_id = greatest(notification.seen.last_seen_id, EXCLUDED.last_seen_id)""",
				reader.userId(), id);
	}

	private long lastSeen(Recipient.Reader reader) {
		return jdbc.query("SELECT last_seen_id FROM notification.seen WHERE user_id = ?",
				(row, n) -> row.getLong(1), reader.userId()).stream().findFirst().orElse(0L);
	}
}
