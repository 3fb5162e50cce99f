package org.clearlot.trade.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clearlot.trade.reservation.Reservation;

/** An order as stored, with the inspection verdict the buyer saw when placing it. */
public record Order(UUID id, UUID reservationId, long listingId, String vin, UUID buyerId, UUID organizationId,
		OrderStatus status, long priceFen, long depositFen, long deliveryFeeFen, long balanceFen,
		DeliveryMethod deliveryMethod, String deliveryAddress, String deliveryCity, Integer deliveryDistanceKm,
		Integer deliveryEtaDays, UUID balancePaymentId, Instant payBy, UUID conditionReportId, boolean accident,
		boolean flood, boolean fire, Instant handoverAt, String handoverNote, Instant deliveredAt,
		Integer handoverOdometerKm, Instant returnWindowEndsAt, Instant completedAt, Instant createdAt,
		Instant updatedAt) {

	public long totalFen() {
		return priceFen + deliveryFeeFen;
	}

	public String reference() {
		return reference(id);
	}

	public static String reference(UUID orderId) {
		return "order:" + orderId;
	}

	/** The payment references of the whole deal: the deposit's and the balance's. */
	public List<String> references() {
		return List.of(Reservation.reference(reservationId), reference());
	}
}
