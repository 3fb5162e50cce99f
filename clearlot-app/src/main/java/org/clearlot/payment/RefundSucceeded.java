package org.clearlot.payment;

import java.time.Instant;
import java.util.UUID;

/** The provider confirmed a refund reached the payer. */
public record RefundSucceeded(UUID refundId, UUID paymentId, String reference, long amountFen, Instant settledAt) {
}
