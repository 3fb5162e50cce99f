package org.clearlot.trade.automation;

import java.util.UUID;

import org.clearlot.payment.PaymentCaptured;
import org.clearlot.payment.PaymentPurpose;
import org.clearlot.payment.RefundSucceeded;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.reservation.ReservationService;
import org.clearlot.trade.returns.ReturnService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The trade's side of payment events, through the event publication registry: each runs after the payment's
 * commit in a transaction of its own, and an event whose handling did not complete (a crash, say) is handled again
 * later. Each handler is idempotent (guarded updates, refund keys), so handling twice changes nothing.
 */
@Component
class PaymentEvents {

	private final ReservationService reservations;
	private final OrderService orders;
	private final OrderStore orderStore;
	private final ReturnService returns;

	PaymentEvents(ReservationService reservations, OrderService orders, OrderStore orderStore, ReturnService returns) {
		this.reservations = reservations;
		this.orders = orders;
		this.orderStore = orderStore;
		this.returns = returns;
	}

	@ApplicationModuleListener
	void on(PaymentCaptured captured) {
		UUID id = UUID.fromString(captured.reference().substring(captured.reference().indexOf(':') + 1));
		if (captured.purpose() == PaymentPurpose.DEPOSIT) {
			reservations.depositCaptured(id, captured.paymentId(), captured.amountFen(), captured.capturedAt());
		}
		else {
			orders.balanceCaptured(id, captured.paymentId(), captured.amountFen(), captured.capturedAt());
		}
	}

	@ApplicationModuleListener
	void on(RefundSucceeded refund) {
		String reference = refund.reference();
		UUID id = UUID.fromString(reference.substring(reference.indexOf(':') + 1));
		(reference.startsWith("order:") ? orderStore.find(id) : orderStore.ofReservation(id))
			.ifPresent(order -> returns.settled(order.id()));
	}
}
