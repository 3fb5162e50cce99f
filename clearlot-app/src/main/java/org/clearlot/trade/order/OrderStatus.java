package org.clearlot.trade.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An order's life cycle with its transition table. Money stays in escrow until {@link #COMPLETED}, which only the
 * closing of the return window reaches; a return because of an undisclosed accident, flood or fire can reopen even
 * a completed order.
 */
public enum OrderStatus {
	/** Placed; the balance is being paid. */
	AWAITING_PAYMENT,
	/** The provider confirmed the balance; the dealer schedules the handover. */
	PAID,
	/** The dealer set a handover time (or a delivery date). */
	HANDOVER_SCHEDULED,
	/** The buyer confirmed delivery with the odometer reading; the return window runs. */
	DELIVERED,
	/** The buyer asked to return the car. */
	RETURN_REQUESTED,
	/** The car is back and passed the return check; the refund is under way. */
	RETURNED,
	/** The return window closed: the sale counts, and escrow went to the dealer. */
	COMPLETED,
	/** Cancelled before delivery; everything paid was refunded. */
	CANCELLED,
	/** Everything paid was refunded after delivery (a return, or a refund an admin decided). */
	REFUNDED;

	private static final Map<OrderStatus, Set<OrderStatus>> TRANSITIONS = Map.of(
			AWAITING_PAYMENT, EnumSet.of(PAID, CANCELLED),
			PAID, EnumSet.of(HANDOVER_SCHEDULED, CANCELLED),
			HANDOVER_SCHEDULED, EnumSet.of(DELIVERED, CANCELLED),
			DELIVERED, EnumSet.of(RETURN_REQUESTED, COMPLETED, REFUNDED),
			RETURN_REQUESTED, EnumSet.of(RETURNED, DELIVERED, COMPLETED),
			RETURNED, EnumSet.of(REFUNDED),
			COMPLETED, EnumSet.of(RETURN_REQUESTED, REFUNDED),
			CANCELLED, EnumSet.noneOf(OrderStatus.class),
			REFUNDED, EnumSet.noneOf(OrderStatus.class));

	public boolean canBecome(OrderStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}

	/** Whether the car has not been handed over yet (so the order may still be cancelled). */
	public boolean beforeDelivery() {
		return this == AWAITING_PAYMENT || this == PAID || this == HANDOVER_SCHEDULED;
	}

	public boolean isFinal() {
		return this == CANCELLED || this == REFUNDED;
	}
}
