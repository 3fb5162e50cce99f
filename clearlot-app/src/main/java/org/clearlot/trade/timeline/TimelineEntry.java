package org.clearlot.trade.timeline;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.trade.TradeStatusChanged.Subject;

/** One line of a deal's timeline: a status change, a payment or refund, or a dispute message ({@code note}). */
public record TimelineEntry(long id, Subject subject, UUID subjectId, String fromStatus, String toStatus,
		UUID actorId, String actorRole, String note, Long amountFen, Instant at) {
}
