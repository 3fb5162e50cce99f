package org.clearlot.trade.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.payment.PaymentApi;
import org.clearlot.payment.PaymentView;
import org.clearlot.payment.RefundView;
import org.clearlot.trade.dispute.Dispute;
import org.clearlot.trade.dispute.DisputeService;
import org.clearlot.trade.money.TradeMoney;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderStatus;
import org.clearlot.trade.returns.CarReturn;
import org.clearlot.trade.returns.ReturnPolicy;
import org.clearlot.trade.returns.ReturnService;
import org.clearlot.trade.returns.ReturnStatus;
import org.clearlot.trade.timeline.Timeline;
import org.clearlot.trade.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

/** Assembles an order as the API and the order page show it, with what the viewer may do next. */
@Component
class OrderDetails {

	private final PaymentApi payments;
	private final TradeMoney money;
	private final ReturnService returns;
	private final DisputeService disputes;
	private final ReturnPolicy policy;
	private final Timeline timeline;

	OrderDetails(PaymentApi payments, TradeMoney money, ReturnService returns, DisputeService disputes,
			ReturnPolicy policy, Timeline timeline) {
		this.payments = payments;
		this.money = money;
		this.returns = returns;
		this.disputes = disputes;
		this.policy = policy;
		this.timeline = timeline;
	}

	/** The order as the viewer sees it. */
	record View(UUID id, String status, UUID reservationId, long listingId, String vin, UUID buyerId,
			UUID organizationId, long priceFen, long depositFen, long deliveryFeeFen, long balanceFen, long totalFen,
			long paidFen, long refundedFen, Delivery delivery, Payment balancePayment, Instant payBy,
			Instant handoverAt, String handoverNote, Instant deliveredAt, Integer handoverOdometerKm,
			Instant returnWindowEndsAt, Instant completedAt, Instant createdAt, Condition conditionAtSale,
			ReturnPolicy.Terms returnPolicy, List<CarReturn> returns, List<Dispute> disputes,
			List<RefundView> refunds, List<TimelineEntry> timeline, List<String> actions, boolean sandboxPayments) {
	}

	record Delivery(String method, String address, String city, Integer distanceKm, Integer etaDays) {
	}

	record Payment(UUID id, String status, String checkoutUrl) {
	}

	record Condition(UUID reportId, boolean accident, boolean flood, boolean fire) {
	}

	View of(Order order, UserAccount viewer) {
		List<String> references = order.references();
		PaymentView balance = order.balancePaymentId() == null ? null
				: payments.find(order.balancePaymentId()).orElse(null);
		List<RefundView> refunds = references.stream().flatMap(reference -> payments.refunds(reference).stream()).toList();
		long refunded = refunds.stream().mapToLong(RefundView::amountFen).sum();
		List<CarReturn> orderReturns = returns.ofOrder(order.id());
		List<Dispute> orderDisputes = disputes.ofOrder(order.id());
		return new View(order.id(), order.status().name(), order.reservationId(), order.listingId(), order.vin(),
				order.buyerId(), order.organizationId(), order.priceFen(), order.depositFen(), order.deliveryFeeFen(),
				order.balanceFen(), order.totalFen(), money.paidFen(references), refunded,
				new Delivery(order.deliveryMethod().name(), order.deliveryAddress(), order.deliveryCity(),
						order.deliveryDistanceKm(), order.deliveryEtaDays()),
				balance == null ? null : new Payment(balance.id(), balance.status().name(),
						balance.status().isOpen() && order.status() == OrderStatus.AWAITING_PAYMENT ? balance.checkoutUrl() : null),
				order.payBy(), order.handoverAt(), order.handoverNote(), order.deliveredAt(), order.handoverOdometerKm(),
				order.returnWindowEndsAt(), order.completedAt(), order.createdAt(),
				new Condition(order.conditionReportId(), order.accident(), order.flood(), order.fire()), policy.terms(),
				orderReturns, orderDisputes, refunds, timeline.of(order.reservationId()),
				actions(order, viewer, orderReturns, orderDisputes, balance), payments.provider().sandbox());
	}

	/** What the viewer may do with the order now (the pages show these as buttons). */
	static List<String> actions(Order order, UserAccount viewer, List<CarReturn> orderReturns,
			List<Dispute> orderDisputes, PaymentView balance) {
		List<String> actions = new ArrayList<>();
		boolean buyer = viewer.id().equals(order.buyerId());
		boolean dealer = viewer.hasRole(Role.DEALER) && viewer.belongsTo(order.organizationId());
		boolean admin = viewer.hasRole(Role.ADMIN);
		OrderStatus status = order.status();
		boolean openDispute = orderDisputes.stream().anyMatch(d -> d.status().isOpen());
		if (buyer && status == OrderStatus.AWAITING_PAYMENT) {
			actions.add(balance != null && balance.status().isOpen() ? "PAY_BALANCE" : "RETRY_BALANCE");
		}
		if (dealer && (status == OrderStatus.PAID || status == OrderStatus.HANDOVER_SCHEDULED)) {
			actions.add("SCHEDULE_HANDOVER");
		}
		if (buyer && status == OrderStatus.HANDOVER_SCHEDULED) {
			actions.add("CONFIRM_DELIVERY");
		}
		if ((buyer || dealer || admin) && status.beforeDelivery()) {
			actions.add("CANCEL");
		}
		if (buyer && (status == OrderStatus.DELIVERED || status == OrderStatus.COMPLETED)) {
			actions.add("REQUEST_RETURN");
		}
		orderReturns.stream().filter(r -> r.status() == ReturnStatus.REQUESTED && dealer).findFirst()
			.ifPresent(r -> actions.add("RECEIVE_RETURN"));
		orderReturns.stream().filter(r -> r.status() == ReturnStatus.RECEIVED && dealer).findFirst()
			.ifPresent(r -> actions.add("CHECK_RETURN"));
		if (buyer && !openDispute && status != OrderStatus.AWAITING_PAYMENT && !status.isFinal()) {
			actions.add("OPEN_DISPUTE");
		}
		if (openDispute && (buyer || dealer || admin)) {
			actions.add("WRITE_IN_DISPUTE");
		}
		if (openDispute && admin) {
			actions.add("DECIDE_DISPUTE");
		}
		return actions;
	}
}
