package org.clearlot.payment.provider;

/**
 * Where a provider adapter's webhook endpoint hands each verified event. Returns once the event's effect is
 * committed, so the endpoint acknowledges (2xx) only durable effects, and a duplicate is acknowledged without effect.
 */
public interface PaymentWebhookReceiver {

	/** Applies the event; returns false when it was a duplicate or changed nothing. */
	boolean receive(ProviderEvent event);
}
