package org.clearlot.trade.reservation;

import java.time.Instant;
import java.util.UUID;

/** A reservation as stored. {@code depositPaidAt} is set once the provider confirmed the deposit. */
public record Reservation(UUID id, long listingId, String vin, UUID buyerId, UUID organizationId,
		ReservationStatus status, long priceFen, long depositFen, UUID depositPaymentId, Instant depositPaidAt,
		Instant createdAt, Instant payBy, Instant expiresAt, Instant closedAt) {

	/** The payment reference of the deposit (and of the deal's ledger entries before the order). */
	public String reference() {
		return reference(id);
	}

	public static String reference(UUID reservationId) {
		return "reservation:" + reservationId;
	}

	public boolean depositPaid() {
		return depositPaidAt != null;
	}
}
