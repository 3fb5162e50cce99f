package org.clearlot.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the payment module. Mutating calls join the caller's transaction. */
public interface PaymentApi {

	/**
	 * Creates a payment at the provider, to be paid by the payer at its checkout ({@link PaymentView#checkoutUrl()}).
	 * Nothing is received until the provider's webhook confirms the capture ({@link PaymentCaptured}).
	 */
	PaymentView request(NewPayment payment);

	Optional<PaymentView> find(UUID paymentId);

	/** The payments about a reference, oldest first. */
	List<PaymentView> payments(String reference);

	/**
	 * Withdraws a payment that was not captured (no effect on a payment that was). If the provider captures it
	 * anyway, {@link PaymentCaptured} still follows and the money is then refunded by whoever listens.
	 */
	void cancel(UUID paymentId);

	/**
	 * Refunds part or all of a captured payment, once per {@code refundKey} (a second call with the same key returns
	 * the first refund). The provider is asked after the caller's transaction commits; {@link RefundSucceeded}
	 * follows its confirmation.
	 *
	 * @throws IllegalStateException when the payment is not captured or the amount exceeds what is left of it
	 */
	RefundView refund(UUID paymentId, long amountFen, String refundKey, String reason);

	/** The refunds of the payments about a reference, oldest first. */
	List<RefundView> refunds(String reference);

	/** The provider in use, for the UI to say whether money is real. */
	ProviderInfo provider();

	/** The provider's name and whether it is a sandbox (no real money). */
	record ProviderInfo(String name, boolean sandbox) {
	}
}
