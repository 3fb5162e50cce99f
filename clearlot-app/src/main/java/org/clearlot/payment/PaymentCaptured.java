package org.clearlot.payment;

import java.time.Instant;
import java.util.UUID;

/** The provider confirmed it took the money of a payment: it is now in escrow. */
public record PaymentCaptured(UUID paymentId, PaymentPurpose purpose, String reference, UUID payerId, long amountFen,
		Instant capturedAt) {
}
