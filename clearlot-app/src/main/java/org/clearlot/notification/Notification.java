package org.clearlot.notification;

import java.time.Instant;

/**
 * One notification as a reader sees it: what changed ({@code subject} and {@code toStatus}, shown with the
 * timeline's wording), on which car, where to look, and whether the reader has seen it.
 */
public record Notification(long id, String subject, String toStatus, long listingId, String vin, String link,
		Instant createdAt, boolean unread) {

	/** The message key of what happened, shared with the deal's timeline. */
	public String messageKey() {
		return "trade.event." + subject + "." + toStatus;
	}
}
