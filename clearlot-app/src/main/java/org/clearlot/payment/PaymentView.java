package org.clearlot.payment;

import java.time.Instant;
import java.util.UUID;

/** A payment as other modules and the API see it. {@code refundedFen} counts refunds requested or confirmed. */
public record PaymentView(UUID id, PaymentPurpose purpose, String reference, UUID payerId, long amountFen,
		PaymentStatus status, String provider, boolean sandbox, String checkoutUrl, long refundedFen,
		Instant createdAt, Instant capturedAt) {
}
