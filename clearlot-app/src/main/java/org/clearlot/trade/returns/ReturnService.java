package org.clearlot.trade.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.VehicleCondition;
import org.clearlot.identity.UserAccount;
import org.clearlot.ledger.Account;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.clearlot.platform.web.RuleViolationException;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.clearlot.trade.money.TradeMoney;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.order.OrderStatus;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.timeline.Actor;
import org.clearlot.trade.timeline.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns, from the buyer's request through the dealer's receipt and check to the refund. A refusal names the rule
 * (422): {@code RETURN_WINDOW_CLOSED}, {@code RETURN_DISTANCE_EXCEEDED}, {@code RETURN_CONDITION_DISCLOSED}.
 */
@Service
public class ReturnService {

	private static final int MAX_TEXT = 2_000;

	private final ReturnStore returns;
	private final OrderService orderService;
	private final OrderStore orders;
	private final CatalogApi catalog;
	private final TradeMoney money;
	private final ReturnPolicy policy;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReturnService(ReturnStore returns, OrderService orderService, OrderStore orders, CatalogApi catalog,
			TradeMoney money, ReturnPolicy policy, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.returns = returns;
		this.orderService = orderService;
		this.orders = orders;
		this.catalog = catalog;
		this.money = money;
		this.policy = policy;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** The buyer asks to return the car; refused with the rule's name when a rule forbids it. */
	@Transactional
	public CarReturn request(UserAccount buyer, UUID orderId, String reasonCode, String reason, Integer odometerKm) {
		Order order = orderService.owned(buyer, orderId);
		ReturnReason code = parseReason(reasonCode);
		String text = text(reason, "reason");
		if (odometerKm == null) {
			throw InvalidInputException.of("odometerKm", Reason.REQUIRED);
		}
		if (order.handoverOdometerKm() != null && odometerKm < order.handoverOdometerKm()) {
			throw InvalidInputException.of("odometerKm", Reason.RANGE, order.handoverOdometerKm(), 2_000_000);
		}
		Instant now = clock.instant();
		if (code == ReturnReason.NO_REASON) {
			checkNoReasonReturn(order, odometerKm, now);
		}
		else {
			checkUndisclosedCondition(order);
		}
		CarReturn carReturn = new CarReturn(UUID.randomUUID(), orderId, ReturnStatus.REQUESTED, code,
				text == null ? "" : text, order.status(), odometerKm, null, null, null, null, now, null);
		returns.insert(carReturn);
		orderService.move(order, order.status(), OrderStatus.RETURN_REQUESTED, Actor.of(buyer), code.name());
		changed(order, carReturn.id(), null, ReturnStatus.REQUESTED, Actor.of(buyer), text, now);
		return carReturn;
	}

	/** An admin's dispute decision allows a return regardless of the rules. */
	@Transactional
	public CarReturn allowByAdmin(UserAccount admin, Order order, String decision) {
		if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
			throw new ConflictException("Order " + order.id() + " is " + order.status() + "; no return can be allowed");
		}
		Instant now = clock.instant();
		CarReturn carReturn = new CarReturn(UUID.randomUUID(), order.id(), ReturnStatus.REQUESTED,
				ReturnReason.ADMIN_DECISION, decision == null ? "" : decision, order.status(),
				order.handoverOdometerKm() == null ? 0 : order.handoverOdometerKm(), null, null, null, null, now, null);
		returns.insert(carReturn);
		orderService.move(order, order.status(), OrderStatus.RETURN_REQUESTED, Actor.of(admin), "allowed by an admin");
		changed(order, carReturn.id(), null, ReturnStatus.REQUESTED, Actor.of(admin), decision, now);
		return carReturn;
	}

	private void checkNoReasonReturn(Order order, int odometerKm, Instant now) {
		if (order.status() == OrderStatus.COMPLETED
				|| order.status() == OrderStatus.DELIVERED && now.isAfter(order.returnWindowEndsAt())) {
			throw new RuleViolationException("RETURN_WINDOW_CLOSED", "The " + policy.window().toDays()
					+ "-day return window closed on " + order.returnWindowEndsAt(), policy.window().toDays());
		}
		if (order.status() != OrderStatus.DELIVERED) {
			throw new ConflictException("Order " + order.id() + " is " + order.status() + "; only a delivered car can be returned");
		}
		int driven = odometerKm - order.handoverOdometerKm();
		if (driven > policy.maxKm()) {
			throw new RuleViolationException("RETURN_DISTANCE_EXCEEDED", "The car was driven " + driven
					+ " km since handover; a no-reason return allows at most " + policy.maxKm() + " km", driven,
					policy.maxKm());
		}
	}

	private void checkUndisclosedCondition(Order order) {
		if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
			throw new ConflictException("Order " + order.id() + " is " + order.status() + "; only a delivered car can be returned");
		}
		VehicleCondition now = catalog.condition(order.vin()).orElse(null);
		boolean newReport = now != null && !now.reportId().equals(order.conditionReportId());
		boolean undisclosed = newReport && (now.accident() && !order.accident() || now.flood() && !order.flood()
				|| now.fire() && !order.fire());
		if (!undisclosed) {
			throw new RuleViolationException("RETURN_CONDITION_DISCLOSED", "No inspection report filed since the sale "
					+ "shows an accident, flood or fire that the report at the sale did not disclose; have the car "
					+ "inspected by an independent inspector first, or make a no-reason return within the window");
		}
	}

	/** The selling dealer records that the car is back, with its odometer. */
	@Transactional
	public CarReturn receive(UserAccount dealer, UUID returnId, Integer odometerKm) {
		CarReturn carReturn = locked(returnId);
		Order order = orderService.ofOrganization(dealer, carReturn.orderId());
		if (odometerKm == null) {
			throw InvalidInputException.of("odometerKm", Reason.REQUIRED);
		}
		move(carReturn, ReturnStatus.REQUESTED, ReturnStatus.RECEIVED);
		returns.recordReceipt(returnId, odometerKm);
		changed(order, returnId, ReturnStatus.REQUESTED, ReturnStatus.RECEIVED, Actor.of(dealer), odometerKm + " km",
				clock.instant());
		return locked(returnId);
	}

	/**
	 * The selling dealer's return check. Passed: the car goes back on sale and the buyer is refunded everything paid
	 * minus the published fee. Failed: the order goes back to where it was, and the buyer may open a dispute.
	 */
	@Transactional
	public CarReturn check(UserAccount dealer, UUID returnId, Boolean passed, String notes) {
		CarReturn carReturn = locked(returnId);
		Order order = orderService.ofOrganization(dealer, carReturn.orderId());
		if (passed == null) {
			throw InvalidInputException.of("passed", Reason.REQUIRED);
		}
		String text = text(notes, "notes");
		Instant now = clock.instant();
		if (carReturn.status() != ReturnStatus.RECEIVED) {
			throw new ConflictException("Return " + returnId + " is " + carReturn.status() + "; it is checked once the car is back");
		}
		if (!passed) {
			move(carReturn, ReturnStatus.RECEIVED, ReturnStatus.REJECTED);
			returns.recordDecision(returnId, null, null, text, now);
			orderService.move(order, OrderStatus.RETURN_REQUESTED, carReturn.orderStatusBefore(), Actor.of(dealer),
					"return check failed");
			changed(order, returnId, ReturnStatus.RECEIVED, ReturnStatus.REJECTED, Actor.of(dealer), text, now);
			return locked(returnId);
		}
		int driven = carReturn.receivedOdometerKm() - (order.handoverOdometerKm() == null ? 0 : order.handoverOdometerKm());
		if (carReturn.reasonCode() == ReturnReason.NO_REASON && driven > policy.maxKm()) {
			throw new RuleViolationException("RETURN_DISTANCE_EXCEEDED", "The car came back with " + driven
					+ " km driven since handover; a no-reason return allows at most " + policy.maxKm() + " km", driven,
					policy.maxKm());
		}
		approve(dealer, carReturn, order, Math.max(0, driven), text, now);
		return locked(returnId);
	}

	private void approve(UserAccount dealer, CarReturn carReturn, Order order, int driven, String notes, Instant now) {
		boolean afterCompletion = carReturn.orderStatusBefore() == OrderStatus.COMPLETED;
		long paid = money.paidFen(order.references());
		long fee = policy.feeFen(carReturn.reasonCode(), order.priceFen(), driven, paid);
		move(carReturn, ReturnStatus.RECEIVED, ReturnStatus.APPROVED);
		returns.recordDecision(carReturn.id(), fee, paid - fee, notes, now);
		orderService.move(order, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, Actor.of(dealer), notes);
		catalog.moveListing(order.listingId(), ListingStatus.SOLD, ListingStatus.ACTIVE, dealer.id());
		if (fee > 0 && !afterCompletion) {
			money.payReturnFee(carReturn.id(), order.reference(), order.organizationId(), fee);
		}
		if (afterCompletion) {
			money.reversePlatformFee(order.id(), order.organizationId());
		}
		Account source = afterCompletion ? Account.dealerPayable(order.organizationId()) : Account.escrow();
		money.refund(order.references(), paid - fee, source, "return:" + carReturn.id(),
				"Refund: car returned (" + carReturn.reasonCode() + ")");
		changed(order, carReturn.id(), ReturnStatus.RECEIVED, ReturnStatus.APPROVED, Actor.of(dealer), notes, now);
		if (paid - fee == 0) {
			settled(order.id());
		}
	}

	/** Called when a refund of the deal is confirmed: a returned order whose refunds all arrived is REFUNDED. */
	@Transactional
	public void settled(UUID orderId) {
		Order order = orders.lock(orderId).orElseThrow();
		if (order.status() != OrderStatus.RETURNED || !money.refundsSettled(order.references())) {
			return;
		}
		returns.approvedOf(orderId).ifPresent(carReturn -> {
			move(carReturn, ReturnStatus.APPROVED, ReturnStatus.REFUNDED);
			changed(order, carReturn.id(), ReturnStatus.APPROVED, ReturnStatus.REFUNDED, Actor.SYSTEM, null,
					clock.instant());
		});
		orderService.move(order, OrderStatus.RETURNED, OrderStatus.REFUNDED, Actor.SYSTEM, "refund confirmed");
	}

	public List<CarReturn> ofOrder(UUID orderId) {
		return returns.ofOrder(orderId);
	}

	private CarReturn locked(UUID returnId) {
		return returns.lock(returnId).orElseThrow(() -> new NotFoundException("No return " + returnId));
	}

	private void move(CarReturn carReturn, ReturnStatus from, ReturnStatus to) {
		if (carReturn.status() != from || !returns.transition(carReturn.id(), from, to)) {
			throw new ConflictException("Return " + carReturn.id() + " is " + carReturn.status() + " and cannot become " + to);
		}
	}

	private void changed(Order order, UUID returnId, ReturnStatus from, ReturnStatus to, Actor actor, String note,
			Instant at) {
		timeline.record(order.reservationId(), Subject.RETURN, returnId, from == null ? null : from.name(), to.name(),
				actor, note, null, at);
		events.publishEvent(new TradeStatusChanged(Subject.RETURN, returnId, order.reservationId(), order.id(),
				order.listingId(), order.vin(), order.buyerId(), order.organizationId(),
				from == null ? null : from.name(), to.name(), at));
	}

	private static ReturnReason parseReason(String code) {
		if (code == null || code.isBlank()) {
			return ReturnReason.NO_REASON;
		}
		try {
			ReturnReason reason = ReturnReason.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
			if (reason == ReturnReason.ADMIN_DECISION) {
				throw new IllegalArgumentException();
			}
			return reason;
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("reasonCode", Reason.NOT_ONE_OF, code, "NO_REASON, UNDISCLOSED_CONDITION");
		}
	}

	private static String text(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > MAX_TEXT) {
			throw InvalidInputException.of(field, Reason.TOO_LONG, MAX_TEXT);
		}
		return value.strip();
	}
}
