package org.clearlot.payment;

import java.time.Instant;
import java.util.UUID;

/** A refund of (part of) a captured payment. */
public record RefundView(UUID id, UUID paymentId, String reference, long amountFen, String reason,
		RefundStatus status, Instant requestedAt, Instant settledAt) {
}
