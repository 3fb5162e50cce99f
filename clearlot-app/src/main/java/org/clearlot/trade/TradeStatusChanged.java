package org.clearlot.trade;

import java.time.Instant;
import java.util.UUID;

/**
 * Something in a deal changed state: a reservation, order, return or dispute. Both parties are told (in-app
 * notifications listen to this).
 *
 * @param dealId the reservation the deal started with (its orders, returns and disputes share it)
 * @param orderId the order, once there is one
 */
public record TradeStatusChanged(Subject subject, UUID subjectId, UUID dealId, UUID orderId, long listingId,
		String vin, UUID buyerId, UUID organizationId, String fromStatus, String toStatus, Instant at) {

	/** What changed. */
	public enum Subject {
		RESERVATION, ORDER, RETURN, DISPUTE, PAYMENT
	}
}
