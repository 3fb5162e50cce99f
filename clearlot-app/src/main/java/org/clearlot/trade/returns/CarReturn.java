package org.clearlot.trade.returns;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.trade.order.OrderStatus;

/** A return as stored. */
public record CarReturn(UUID id, UUID orderId, ReturnStatus status, ReturnReason reasonCode, String reason,
		OrderStatus orderStatusBefore, int declaredOdometerKm, Integer receivedOdometerKm, Long feeFen, Long refundFen,
		String checkNotes, Instant requestedAt, Instant decidedAt) {
}
