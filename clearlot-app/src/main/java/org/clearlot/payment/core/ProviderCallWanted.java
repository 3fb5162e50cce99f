package org.clearlot.payment.core;

import java.util.UUID;

/**
 * A call to the provider that a committed change requires: capture an authorized payment, cancel one, or send a
 * refund. Published in the transaction of the change and handled after commit through the event publication
 * registry, so a crash in between only delays the call (every provider call is idempotent).
 */
public record ProviderCallWanted(Call call, UUID paymentId, UUID refundId) {

	/** The provider call. */
	public enum Call {
		CAPTURE, CANCEL, REFUND
	}
}
