package org.clearlot.trade.dispute;

import java.time.Instant;
import java.util.UUID;

/** A dispute as stored. */
public record Dispute(UUID id, UUID orderId, DisputeStatus status, String reason, UUID openedBy,
		DisputeOutcome outcome, Long refundFen, String decision, UUID decidedBy, Instant openedAt, Instant decidedAt) {
}
