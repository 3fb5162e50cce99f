package org.clearlot.trade.reservation;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.payment.PaymentStatus;
import org.clearlot.payment.PaymentView;

/**
 * A reservation as the API and pages show it: its status, the deposit and whether the provider confirmed it
 * ({@code depositStatus}: PENDING until the reservation recorded the provider's confirmation, then PAID; FAILED
 * when declined; REFUNDED once a refund was sent), and where the buyer pays it.
 */
public record ReservationView(UUID id, long listingId, String vin, String status, long depositFen, long priceFen,
		String depositStatus, UUID depositPaymentId, String checkoutUrl, boolean sandboxPayment, Instant createdAt,
		Instant payBy, Instant expiresAt, Instant closedAt, UUID buyerId, UUID organizationId) {

	static ReservationView of(Reservation r, PaymentView deposit) {
		String depositStatus;
		if (deposit != null && deposit.refundedFen() > 0) {
			depositStatus = "REFUNDED";
		}
		else if (r.depositPaid()) {
			depositStatus = "PAID";
		}
		else if (deposit == null || deposit.status().isOpen() || deposit.status() == PaymentStatus.CAPTURED) {
			depositStatus = "PENDING";
		}
		else {
			depositStatus = "FAILED";
		}
		boolean payable = r.status() == ReservationStatus.HELD && "PENDING".equals(depositStatus);
		return new ReservationView(r.id(), r.listingId(), r.vin(), r.status().name(), r.depositFen(), r.priceFen(),
				depositStatus, r.depositPaymentId(), payable && deposit != null ? deposit.checkoutUrl() : null,
				deposit != null && deposit.sandbox(), r.createdAt(), r.payBy(), r.expiresAt(), r.closedAt(),
				r.buyerId(), r.organizationId());
	}
}
