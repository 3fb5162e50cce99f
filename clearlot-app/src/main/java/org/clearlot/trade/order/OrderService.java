package org.clearlot.trade.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.catalog.VehicleCondition;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.payment.NewPayment;
import org.clearlot.payment.PaymentApi;
import org.clearlot.payment.PaymentPurpose;
import org.clearlot.payment.PaymentView;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.clearlot.trade.OrderCompleted;
import org.clearlot.trade.TradeProperties;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.clearlot.trade.VehicleHandedOver;
import org.clearlot.trade.money.TradeMoney;
import org.clearlot.trade.reservation.Reservation;
import org.clearlot.trade.reservation.ReservationStatus;
import org.clearlot.trade.reservation.ReservationStore;
import org.clearlot.trade.timeline.Actor;
import org.clearlot.trade.timeline.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders from placement to completion. Each step moves the order by a guarded update under its row lock, writes the
 * timeline and publishes {@link TradeStatusChanged}; money moves only through {@link TradeMoney} and the payment
 * module.
 */
@Service
public class OrderService {

	private static final int MAX_ODOMETER_KM = 2_000_000;
	private static final int MAX_NOTE = 1_000;

	private final OrderStore orders;
	private final ReservationStore reservations;
	private final CatalogApi catalog;
	private final PaymentApi payments;
	private final TradeMoney money;
	private final DeliveryPlanner planner;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final TradeProperties properties;
	private final Clock clock;

	OrderService(OrderStore orders, ReservationStore reservations, CatalogApi catalog, PaymentApi payments,
			TradeMoney money, DeliveryPlanner planner, Timeline timeline, ApplicationEventPublisher events,
			TradeProperties properties, Clock clock) {
		this.orders = orders;
		this.reservations = reservations;
		this.catalog = catalog;
		this.payments = payments;
		this.money = money;
		this.planner = planner;
		this.timeline = timeline;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The buyer turns a held reservation whose deposit arrived into an order, and is asked for the balance. */
	@Transactional
	public Order place(UserAccount buyer, UUID reservationId, String method, String city, String address) {
		Reservation reservation = reservations.lock(reservationId).filter(r -> r.buyerId().equals(buyer.id()))
			.orElseThrow(() -> new NotFoundException("No reservation " + reservationId + " of yours"));
		if (reservation.status() != ReservationStatus.HELD) {
			throw new ConflictException("Reservation " + reservationId + " is " + reservation.status()
					+ "; an order needs a held reservation");
		}
		if (!reservation.depositPaid()) {
			throw new ConflictException("The deposit of reservation " + reservationId
					+ " has not been confirmed by the payment provider yet");
		}
		ListingSummary listing = catalog.findListing(reservation.listingId()).orElseThrow();
		DeliveryQuote quote = planner.quote(method, city, address, listing.city());
		reservations.transition(reservationId, ReservationStatus.HELD, ReservationStatus.ORDERED, clock.instant());
		Instant now = clock.instant();
		VehicleCondition condition = catalog.condition(reservation.vin()).orElse(null);
		long balance = reservation.priceFen() + quote.feeFen() - reservation.depositFen();
		Order order = new Order(UUID.randomUUID(), reservationId, reservation.listingId(), reservation.vin(),
				buyer.id(), reservation.organizationId(), OrderStatus.AWAITING_PAYMENT, reservation.priceFen(),
				reservation.depositFen(), quote.feeFen(), balance, quote.method(), quote.address(),
				quote.method() == DeliveryMethod.PICKUP ? null : quote.city(), quote.distanceKm(), quote.etaDays(),
				null, now.plus(properties.balancePaymentWindow()), condition == null ? null : condition.reportId(),
				condition != null && condition.accident(), condition != null && condition.flood(),
				condition != null && condition.fire(), null, null, null, null, null, null, now, now);
		orders.insert(order);
		timeline.record(reservationId, Subject.RESERVATION, reservationId, "HELD", "ORDERED", Actor.of(buyer), null,
				null, now);
		requestBalance(order, buyer);
		changed(order, null, OrderStatus.AWAITING_PAYMENT, Actor.of(buyer), quote.method().name(), balance, now);
		return orders.find(order.id()).orElseThrow();
	}

	/** A new balance payment when the previous one failed or was declined. */
	@Transactional
	public Order retryBalance(UserAccount buyer, UUID orderId) {
		Order order = owned(buyer, orderId);
		if (order.status() != OrderStatus.AWAITING_PAYMENT) {
			throw new ConflictException("Order " + orderId + " is " + order.status() + " and needs no payment");
		}
		Optional<PaymentView> current = order.balancePaymentId() == null ? Optional.empty()
				: payments.find(order.balancePaymentId());
		if (current.isEmpty() || !current.get().status().isOpen()) {
			requestBalance(order, buyer);
		}
		return orders.find(orderId).orElseThrow();
	}

	private void requestBalance(Order order, UserAccount buyer) {
		PaymentView balance = payments.request(new NewPayment(PaymentPurpose.BALANCE, order.reference(), buyer.id(),
				order.balanceFen(), "Balance for " + order.vin(), "/orders/" + order.id()));
		orders.attachBalancePayment(order.id(), balance.id());
	}

	/** The balance arrived (webhook). If the order was cancelled meanwhile, it is refunded at once. */
	@Transactional
	public void balanceCaptured(UUID orderId, UUID paymentId, long amountFen, Instant at) {
		Order order = orders.lock(orderId).orElseThrow();
		timeline.record(order.reservationId(), Subject.PAYMENT, paymentId, null, "BALANCE_RECEIVED", Actor.SYSTEM,
				null, amountFen, at);
		if (orders.transition(orderId, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, at)) {
			changed(order, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, Actor.SYSTEM, null, amountFen, at);
			return;
		}
		if (order.status().isFinal()) {
			money.refundAll(order.references(), "order:" + orderId + ":late-balance",
					"Balance refunded: it arrived after the order was " + order.status().name().toLowerCase());
		}
	}

	/** The selling organization's dealer sets the handover (or delivery) time. */
	@Transactional
	public Order scheduleHandover(UserAccount dealer, UUID orderId, Instant at, String note) {
		Order order = ofOrganization(dealer, orderId);
		if (at == null) {
			throw InvalidInputException.of("at", Reason.REQUIRED);
		}
		if (at.isBefore(clock.instant().minusSeconds(60))) {
			throw InvalidInputException.of("at", Reason.HANDOVER_IN_PAST);
		}
		String text = note(note);
		if (order.status() == OrderStatus.HANDOVER_SCHEDULED) {
			orders.scheduleHandover(orderId, at, text);
			timeline.record(order.reservationId(), Subject.ORDER, orderId, "HANDOVER_SCHEDULED", "HANDOVER_SCHEDULED",
					Actor.of(dealer), "rescheduled", null, clock.instant());
			return orders.find(orderId).orElseThrow();
		}
		move(order, OrderStatus.PAID, OrderStatus.HANDOVER_SCHEDULED, Actor.of(dealer), text);
		orders.scheduleHandover(orderId, at, text);
		return orders.find(orderId).orElseThrow();
	}

	/** The buyer confirms delivery with the odometer reading; the car is sold and the return window starts. */
	@Transactional
	public Order confirmDelivery(UserAccount buyer, UUID orderId, Integer odometerKm) {
		Order order = owned(buyer, orderId);
		if (odometerKm == null) {
			throw InvalidInputException.of("odometerKm", Reason.REQUIRED);
		}
		if (odometerKm < 0 || odometerKm > MAX_ODOMETER_KM) {
			throw InvalidInputException.of("odometerKm", Reason.RANGE, 0, MAX_ODOMETER_KM);
		}
		Instant now = clock.instant();
		move(order, OrderStatus.HANDOVER_SCHEDULED, OrderStatus.DELIVERED, Actor.of(buyer), odometerKm + " km");
		orders.recordDelivery(orderId, now, odometerKm, now.plus(properties.returnWindow()));
		catalog.moveListing(order.listingId(), ListingStatus.RESERVED, ListingStatus.SOLD, buyer.id());
		events.publishEvent(new VehicleHandedOver(orderId, order.vin(), odometerKm, now));
		return orders.find(orderId).orElseThrow();
	}

	/** Buyer, selling dealer or admin cancels before delivery: the car goes back on sale, everything is refunded. */
	@Transactional
	public Order cancel(UserAccount actor, UUID orderId, String reason) {
		Order order = visibleLocked(actor, orderId);
		if (!order.status().beforeDelivery()) {
			throw new ConflictException("Order " + orderId + " is " + order.status()
					+ "; after delivery the car can be returned instead");
		}
		String text = note(reason);
		move(order, order.status(), OrderStatus.CANCELLED, Actor.of(actor), text);
		reservations.transition(order.reservationId(), ReservationStatus.ORDERED, ReservationStatus.CLOSED,
				clock.instant());
		catalog.moveListing(order.listingId(), ListingStatus.RESERVED, ListingStatus.ACTIVE, actor.id());
		money.refundAll(order.references(), "order:" + orderId + ":cancelled",
				"Refund: order cancelled" + (text == null ? "" : " (" + text + ")"));
		return orders.find(orderId).orElseThrow();
	}

	/** Orders whose balance did not arrive in time, to cancel with {@link #cancelUnpaid}. */
	public List<UUID> unpaidPastDeadline(int limit) {
		return orders.unpaidPastDeadline(clock.instant(), limit);
	}

	/** Orders whose return window closed without a return or open dispute, to {@link #complete}. */
	public List<UUID> dueForCompletion(int limit) {
		return orders.dueForCompletion(clock.instant(), limit);
	}

	@Transactional
	public boolean cancelUnpaid(UUID orderId) {
		Order order = orders.lock(orderId).orElseThrow();
		if (order.status() != OrderStatus.AWAITING_PAYMENT || order.payBy().isAfter(clock.instant())) {
			return false;
		}
		move(order, OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED, Actor.SYSTEM, "balance not received in time");
		reservations.transition(order.reservationId(), ReservationStatus.ORDERED, ReservationStatus.CLOSED,
				clock.instant());
		catalog.moveListing(order.listingId(), ListingStatus.RESERVED, ListingStatus.ACTIVE, null);
		money.refundAll(order.references(), "order:" + orderId + ":unpaid", "Deposit refunded: balance not paid in time");
		return true;
	}

	/** Completes an order whose return window closed: escrow goes to the dealer and the sale counts. */
	@Transactional
	public boolean complete(UUID orderId) {
		Order order = orders.lock(orderId).orElseThrow();
		Instant now = clock.instant();
		if (order.status() != OrderStatus.DELIVERED || order.returnWindowEndsAt().isAfter(now)) {
			return false;
		}
		move(order, OrderStatus.DELIVERED, OrderStatus.COMPLETED, Actor.SYSTEM, "return window closed");
		orders.recordCompletion(orderId, now);
		reservations.transition(order.reservationId(), ReservationStatus.ORDERED, ReservationStatus.CLOSED, now);
		long fee = Math.round(order.priceFen() * properties.platformFeePercent() / 100.0);
		money.releaseToDealer(orderId, order.references(), order.organizationId(), fee);
		events.publishEvent(new OrderCompleted(orderId, order.listingId(), order.vin(), order.organizationId(),
				order.priceFen(), now));
		return true;
	}

	/** A status move of the order by a guarded update, with its timeline entry and event. */
	public void move(Order order, OrderStatus from, OrderStatus to, Actor actor, String note) {
		if (order.status() != from || !from.canBecome(to)) {
			throw new ConflictException("Order " + order.id() + " is " + order.status() + " and cannot become " + to);
		}
		Instant now = clock.instant();
		if (!orders.transition(order.id(), from, to, now)) {
			throw new ConflictException("Order " + order.id() + " changed at the same time; reload and try again");
		}
		changed(order, from, to, actor, note, null, now);
	}

	private void changed(Order order, OrderStatus from, OrderStatus to, Actor actor, String note, Long amountFen,
			Instant at) {
		timeline.record(order.reservationId(), Subject.ORDER, order.id(), from == null ? null : from.name(), to.name(),
				actor, note, amountFen, at);
		events.publishEvent(new TradeStatusChanged(Subject.ORDER, order.id(), order.reservationId(), order.id(),
				order.listingId(), order.vin(), order.buyerId(), order.organizationId(),
				from == null ? null : from.name(), to.name(), at));
	}

	/** The order for its buyer, the selling organization's dealers and admins; 404 for anyone else. */
	@Transactional(readOnly = true)
	public Order visible(UserAccount viewer, UUID orderId) {
		return orders.find(orderId).filter(order -> mayView(viewer, order))
			.orElseThrow(() -> new NotFoundException("No order " + orderId));
	}

	public static boolean mayView(UserAccount viewer, Order order) {
		return viewer.hasRole(Role.ADMIN) || viewer.id().equals(order.buyerId())
				|| viewer.hasRole(Role.DEALER) && viewer.belongsTo(order.organizationId());
	}

	/** The order locked, if the viewer may see it. */
	public Order visibleLocked(UserAccount viewer, UUID orderId) {
		return orders.lock(orderId).filter(order -> mayView(viewer, order))
			.orElseThrow(() -> new NotFoundException("No order " + orderId));
	}

	/** The order locked, for its buyer only (others who may see it get 403, the rest 404). */
	public Order owned(UserAccount buyer, UUID orderId) {
		Order order = visibleLocked(buyer, orderId);
		if (!order.buyerId().equals(buyer.id())) {
			throw new ForbiddenException("Only the buyer may do this with order " + orderId);
		}
		return order;
	}

	/** The order locked, for a dealer of the selling organization only. */
	public Order ofOrganization(UserAccount dealer, UUID orderId) {
		Order order = visibleLocked(dealer, orderId);
		if (!dealer.hasRole(Role.DEALER) || !dealer.belongsTo(order.organizationId())) {
			throw new ForbiddenException("Only the selling dealer may do this with order " + orderId);
		}
		return order;
	}

	public List<Order> ofBuyer(UserAccount buyer) {
		return orders.ofBuyer(buyer.id(), 100);
	}

	private static String note(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > MAX_NOTE) {
			throw InvalidInputException.of("note", Reason.TOO_LONG, MAX_NOTE);
		}
		return text.strip();
	}
}
