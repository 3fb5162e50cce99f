package org.clearlot.trade.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.idempotency.IdempotentRequests;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.returns.CarReturn;
import org.clearlot.trade.returns.ReturnService;
import org.clearlot.trade.web.TradeRequests.Cancellation;
import org.clearlot.trade.web.TradeRequests.Delivery;
import org.clearlot.trade.web.TradeRequests.Handover;
import org.clearlot.trade.web.TradeRequests.PlaceOrder;
import org.clearlot.trade.web.TradeRequests.ReturnCheck;
import org.clearlot.trade.web.TradeRequests.ReturnReceipt;
import org.clearlot.trade.web.TradeRequests.ReturnRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders and returns over the API: each transition has an endpoint for the party allowed to make it (roles in the
 * security configuration, ownership in the services). Mutations a client may retry take an optional
 * {@code Idempotency-Key}.
 */
@RestController
class OrderApiController {

	private final OrderService orders;
	private final OrderStore store;
	private final ReturnService returns;
	private final OrderDetails details;
	private final IdempotentRequests idempotency;

	OrderApiController(OrderService orders, OrderStore store, ReturnService returns, OrderDetails details,
			IdempotentRequests idempotency) {
		this.orders = orders;
		this.store = store;
		this.returns = returns;
		this.details = details;
		this.idempotency = idempotency;
	}

	@PostMapping("/api/v1/orders")
	ResponseEntity<String> place(@RequestBody PlaceOrder body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount buyer = CurrentUser.require();
		if (body.reservationId() == null) {
			throw InvalidInputException.of("reservationId", Reason.REQUIRED);
		}
		if (body.delivery() == null) {
			throw InvalidInputException.of("delivery.method", Reason.REQUIRED_ONE_OF, "PICKUP, HOME_DELIVERY, REMOTE");
		}
		return idempotency.execute(buyer.id(), key, "POST /api/v1/orders", body, () -> {
			Order order = orders.place(buyer, body.reservationId(), body.delivery().method(), body.delivery().city(),
					body.delivery().address());
			return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(details.of(order, buyer));
		});
	}

	@GetMapping("/api/v1/orders/{id}")
	OrderDetails.View order(@PathVariable UUID id) {
		UserAccount viewer = CurrentUser.require();
		return details.of(orders.visible(viewer, id), viewer);
	}

	@GetMapping("/api/v1/me/orders")
	List<OrderDetails.View> mine() {
		UserAccount buyer = CurrentUser.require();
		return store.ofBuyer(buyer.id(), 100).stream().map(order -> details.of(order, buyer)).toList();
	}

	@GetMapping("/api/v1/dealer/orders")
	List<OrderDetails.View> incoming() {
		UserAccount dealer = CurrentUser.require();
		UUID organization = dealer.organization().orElseThrow(() -> new ForbiddenException("Not a dealer"));
		return store.ofOrganization(organization, 200).stream().map(order -> details.of(order, dealer)).toList();
	}

	@PostMapping("/api/v1/orders/{id}/balance-payment")
	OrderDetails.View retryBalance(@PathVariable UUID id) {
		UserAccount buyer = CurrentUser.require();
		return details.of(orders.retryBalance(buyer, id), buyer);
	}

	@PostMapping("/api/v1/orders/{id}/handover")
	ResponseEntity<String> handover(@PathVariable UUID id, @RequestBody Handover body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount dealer = CurrentUser.require();
		return idempotency.execute(dealer.id(), key, "POST /api/v1/orders/{id}/handover", Map.of("id", id, "body", body),
				() -> ResponseEntity.ok(details.of(orders.scheduleHandover(dealer, id,
						body.at() == null ? null : body.at().toInstant(), body.note()), dealer)));
	}

	@PostMapping("/api/v1/orders/{id}/delivery")
	ResponseEntity<String> delivered(@PathVariable UUID id, @RequestBody Delivery body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount buyer = CurrentUser.require();
		return idempotency.execute(buyer.id(), key, "POST /api/v1/orders/{id}/delivery", Map.of("id", id, "body", body),
				() -> ResponseEntity.ok(details.of(orders.confirmDelivery(buyer, id, body.odometerKm()), buyer)));
	}

	@PostMapping("/api/v1/orders/{id}/cancel")
	ResponseEntity<String> cancel(@PathVariable UUID id, @RequestBody(required = false) Cancellation body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount actor = CurrentUser.require();
		Cancellation cancellation = body == null ? new Cancellation(null) : body;
		return idempotency.execute(actor.id(), key, "POST /api/v1/orders/{id}/cancel",
				Map.of("id", id, "body", cancellation),
				() -> ResponseEntity.ok(details.of(orders.cancel(actor, id, cancellation.reason()), actor)));
	}

	@PostMapping("/api/v1/orders/{id}/returns")
	ResponseEntity<String> requestReturn(@PathVariable UUID id, @RequestBody ReturnRequest body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount buyer = CurrentUser.require();
		return idempotency.execute(buyer.id(), key, "POST /api/v1/orders/{id}/returns", Map.of("id", id, "body", body),
				() -> {
					CarReturn carReturn = returns.request(buyer, id, body.reasonCode(), body.reason(), body.odometerKm());
					return ResponseEntity.created(URI.create("/api/v1/orders/" + id)).body(carReturn);
				});
	}

	@PostMapping("/api/v1/returns/{id}/receive")
	CarReturn receive(@PathVariable UUID id, @RequestBody ReturnReceipt body) {
		return returns.receive(CurrentUser.require(), id, body.odometerKm());
	}

	@PostMapping("/api/v1/returns/{id}/check")
	CarReturn check(@PathVariable UUID id, @RequestBody ReturnCheck body) {
		return returns.check(CurrentUser.require(), id, body.passed(), body.notes());
	}
}
