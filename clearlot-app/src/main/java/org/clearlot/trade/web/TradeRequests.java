package org.clearlot.trade.web;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bodies of the trade's API requests. */
final class TradeRequests {

	private TradeRequests() {
	}

	record PlaceOrder(UUID reservationId, DeliveryChoice delivery) {
	}

	record DeliveryChoice(String method, String address, String city) {
	}

	record Handover(OffsetDateTime at, String note) {
	}

	record Delivery(Integer odometerKm) {
	}

	record Cancellation(String reason) {
	}

	record ReturnRequest(String reasonCode, String reason, Integer odometerKm) {
	}

	record ReturnReceipt(Integer odometerKm) {
	}

	record ReturnCheck(Boolean passed, String notes) {
	}

	record DisputeOpening(String reason) {
	}

	record DisputeMessage(String message) {
	}

	record DisputeDecision(String outcome, Long refundFen, String decision) {
	}
}
