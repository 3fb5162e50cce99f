package org.clearlot.payment.provider;

import java.time.Instant;

/**
 * What a provider's verified webhook reported.
 *
 * @param eventId the provider's id of the event (the same for a duplicate delivery)
 * @param refundKey for refund events, the key Clearlot gave the refund
 */
public record ProviderEvent(String provider, String eventId, Type type, String intentId, String refundKey,
		long amountFen, Instant occurredAt) {

	/** The kinds of event Clearlot acts on. */
	public enum Type {
		AUTHORIZED, CAPTURED, FAILED, CANCELLED, REFUND_SUCCEEDED
	}
}
