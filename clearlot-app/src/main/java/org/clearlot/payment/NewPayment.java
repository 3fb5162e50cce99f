package org.clearlot.payment;

import java.util.Objects;
import java.util.UUID;

/**
 * A payment to collect.
 *
 * @param reference what it pays for, e.g. {@code reservation:<id>}; at most one open payment per purpose and
 *     reference
 * @param returnPath where the payer goes back to after the provider's checkout (a path on this site)
 */
public record NewPayment(PaymentPurpose purpose, String reference, UUID payerId, long amountFen, String description,
		String returnPath) {

	public NewPayment {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(payerId, "payerId");
		if (amountFen <= 0) {
			throw new IllegalArgumentException("A payment is of a positive amount, not " + amountFen + " fen");
		}
	}
}
