package org.clearlot.payment;

import java.util.UUID;

/** The payer's payment was declined, or Clearlot cancelled it before it was paid. */
public record PaymentFailed(UUID paymentId, PaymentPurpose purpose, String reference, PaymentStatus status) {
}
