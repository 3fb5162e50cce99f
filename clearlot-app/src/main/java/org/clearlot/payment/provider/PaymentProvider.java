package org.clearlot.payment.provider;

/**
 * A payment service provider. Calls only ask; what happened is reported asynchronously through the provider's
 * webhook as {@link ProviderEvent}s, which may arrive twice and out of order. Every call is idempotent: repeating it
 * (after a crash, say) has the effect of one call.
 */
public interface PaymentProvider {

	/** A short name for logs, records and the UI. */
	String name();

	/** Whether no real money moves (the sandbox). */
	boolean sandbox();

	/** Creates a payment to be paid at the provider's checkout; {@code merchantReference} is Clearlot's payment id. */
	ProviderIntent createIntent(IntentRequest request);

	/** Asks the provider to capture an authorized payment; false when it can no longer be captured. */
	boolean capture(String intentId);

	/** Asks the provider to cancel a payment not captured yet (voiding an authorization); false if it was captured. */
	boolean cancel(String intentId);

	/** Asks the provider to refund part of a captured payment, once per {@code refundKey}. */
	void refund(String intentId, String refundKey, long amountFen);

	/** A payment to create at the provider. */
	record IntentRequest(String merchantReference, java.util.UUID payerId, long amountFen, String description,
			String returnPath) {
	}

	/** The provider's id of the payment and where the payer pays it. */
	record ProviderIntent(String intentId, String checkoutUrl) {
	}
}
