package org.clearlot.trade.dispute;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.ledger.Account;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.clearlot.trade.money.TradeMoney;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.order.OrderStatus;
import org.clearlot.trade.returns.ReturnService;
import org.clearlot.trade.timeline.Actor;
import org.clearlot.trade.timeline.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes: the buyer opens one on a paid order, both parties write in it (on the deal's timeline, which both
 * see), and an admin decides. While a dispute is open the order does not complete, so escrow is not released.
 */
@Service
public class DisputeService {

	private static final int MAX_TEXT = 2_000;
	private static final Set<OrderStatus> DISPUTABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.HANDOVER_SCHEDULED,
			OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.COMPLETED);

	private final DisputeStore disputes;
	private final OrderService orders;
	private final ReturnService returns;
	private final TradeMoney money;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DisputeService(DisputeStore disputes, OrderService orders, ReturnService returns, TradeMoney money,
			Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.disputes = disputes;
		this.orders = orders;
		this.returns = returns;
		this.money = money;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Dispute open(UserAccount buyer, UUID orderId, String reason) {
		Order order = orders.owned(buyer, orderId);
		String text = required(reason, "reason");
		if (!DISPUTABLE.contains(order.status())) {
			throw new ConflictException("Order " + orderId + " is " + order.status() + "; a dispute needs a paid order");
		}
		Dispute dispute = new Dispute(UUID.randomUUID(), orderId, DisputeStatus.OPEN, text, buyer.id(), null, null, null,
				null, clock.instant(), null);
		try {
			disputes.insert(dispute);
		}
		catch (DuplicateKeyException open) {
			throw new ConflictException("Order " + orderId + " already has an open dispute");
		}
		changed(order, dispute, null, DisputeStatus.OPEN, Actor.of(buyer), text);
		return dispute;
	}

	/** A message from the buyer, the selling dealer or an admin; the dealer's first one answers the dispute. */
	@Transactional
	public Dispute message(UserAccount author, UUID disputeId, String message) {
		Dispute dispute = locked(disputeId);
		Order order = orders.visible(author, dispute.orderId());
		String text = required(message, "message");
		if (!author.hasRole(Role.ADMIN) && !author.id().equals(order.buyerId()) && !author.belongsTo(order.organizationId())) {
			throw new ForbiddenException("Only the parties and admins write in dispute " + disputeId);
		}
		if (!dispute.status().isOpen()) {
			throw new ConflictException("Dispute " + disputeId + " was decided");
		}
		if (dispute.status() == DisputeStatus.OPEN && author.hasRole(Role.DEALER)) {
			disputes.transition(disputeId, DisputeStatus.OPEN, DisputeStatus.ANSWERED);
			changed(order, dispute, DisputeStatus.OPEN, DisputeStatus.ANSWERED, Actor.of(author), text);
		}
		else {
			timeline.record(order.reservationId(), Subject.DISPUTE, disputeId, dispute.status().name(),
					dispute.status().name(), Actor.of(author), text, null, clock.instant());
		}
		return disputes.find(disputeId).orElseThrow();
	}

	/** An admin decides: reject, refund an amount without a return, or allow a return. */
	@Transactional
	public Dispute decide(UserAccount admin, UUID disputeId, String outcome, Long refundFen, String decision) {
		if (!admin.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only an admin decides disputes");
		}
		Dispute dispute = locked(disputeId);
		DisputeOutcome chosen = parse(outcome);
		String text = required(decision, "decision");
		if (!dispute.status().isOpen()) {
			throw new ConflictException("Dispute " + disputeId + " was already decided");
		}
		Order order = orders.visibleLocked(admin, dispute.orderId());
		Long refunded = null;
		if (chosen == DisputeOutcome.REFUND) {
			refunded = refund(admin, order, refundFen, disputeId, text);
		}
		else if (chosen == DisputeOutcome.RETURN_ALLOWED) {
			returns.allowByAdmin(admin, order, text);
		}
		disputes.transition(disputeId, dispute.status(), DisputeStatus.DECIDED);
		disputes.recordDecision(disputeId, chosen, refunded, text, admin.id(), clock.instant());
		changed(order, dispute, dispute.status(), DisputeStatus.DECIDED, Actor.of(admin), chosen + ": " + text);
		return disputes.find(disputeId).orElseThrow();
	}

	private long refund(UserAccount admin, Order order, Long refundFen, UUID disputeId, String decision) {
		long paid = money.paidFen(order.references());
		if (refundFen == null) {
			throw InvalidInputException.of("refundFen", Reason.REQUIRED);
		}
		if (refundFen <= 0 || refundFen > paid) {
			throw InvalidInputException.of("refundFen", Reason.RANGE, 1, paid);
		}
		boolean beforeDelivery = order.status().beforeDelivery();
		if (beforeDelivery && refundFen == paid) {
			throw new ConflictException("A full refund before delivery is a cancellation: cancel order " + order.id());
		}
		Account source = order.status() == OrderStatus.COMPLETED ? Account.dealerPayable(order.organizationId())
				: Account.escrow();
		money.refund(order.references(), refundFen, source, "dispute:" + disputeId, "Refund decided by an admin: " + decision);
		if (refundFen == paid && (order.status() == OrderStatus.DELIVERED || order.status() == OrderStatus.COMPLETED)) {
			orders.move(order, order.status(), OrderStatus.REFUNDED, Actor.of(admin), "refunded in full by an admin");
		}
		return refundFen;
	}

	public List<Dispute> ofOrder(UUID orderId) {
		return disputes.ofOrder(orderId);
	}

	public List<Dispute> openDisputes() {
		return disputes.open(200);
	}

	public List<Dispute> recent() {
		return disputes.recent(200);
	}

	/** The dispute, for the parties and admins. */
	public Dispute visible(UserAccount viewer, UUID disputeId) {
		Dispute dispute = disputes.find(disputeId).orElseThrow(() -> new NotFoundException("No dispute " + disputeId));
		orders.visible(viewer, dispute.orderId());
		return dispute;
	}

	private Dispute locked(UUID disputeId) {
		return disputes.lock(disputeId).orElseThrow(() -> new NotFoundException("No dispute " + disputeId));
	}

	private void changed(Order order, Dispute dispute, DisputeStatus from, DisputeStatus to, Actor actor, String note) {
		Instant now = clock.instant();
		timeline.record(order.reservationId(), Subject.DISPUTE, dispute.id(), from == null ? null : from.name(),
				to.name(), actor, note, null, now);
		events.publishEvent(new TradeStatusChanged(Subject.DISPUTE, dispute.id(), order.reservationId(), order.id(),
				order.listingId(), order.vin(), order.buyerId(), order.organizationId(),
				from == null ? null : from.name(), to.name(), now));
	}

	private static DisputeOutcome parse(String outcome) {
		try {
			return DisputeOutcome.valueOf(outcome == null ? "" : outcome.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("outcome", Reason.NOT_ONE_OF, outcome, "REJECTED, REFUND, RETURN_ALLOWED");
		}
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.of(field, Reason.REQUIRED);
		}
		if (value.strip().length() > MAX_TEXT) {
			throw InvalidInputException.of(field, Reason.TOO_LONG, MAX_TEXT);
		}
		return value.strip();
	}
}
