package org.clearlot.trade.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.idempotency.IdempotentRequests;
import org.clearlot.trade.reservation.ReservationService;
import org.clearlot.trade.reservation.ReservationStore;
import org.clearlot.trade.reservation.ReservationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reservations over the API. Reserving requires an {@code Idempotency-Key} (400 without): a retry with the same key
 * replays the first answer instead of reserving again. Roles are enforced by the security configuration, ownership
 * here.
 */
@RestController
class ReservationApiController {

	private final ReservationService reservations;
	private final ReservationStore store;
	private final IdempotentRequests idempotency;

	ReservationApiController(ReservationService reservations, ReservationStore store, IdempotentRequests idempotency) {
		this.reservations = reservations;
		this.store = store;
		this.idempotency = idempotency;
	}

	@PostMapping("/api/v1/listings/{listingId}/reservations")
	ResponseEntity<String> reserve(@PathVariable long listingId,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount buyer = CurrentUser.require();
		IdempotentRequests.requireKey(key);
		return idempotency.execute(buyer.id(), key, "POST /api/v1/listings/{id}/reservations",
				Map.of("listingId", listingId), () -> {
					ReservationView view = reservations.reserve(buyer, listingId);
					return ResponseEntity.created(URI.create("/api/v1/reservations/" + view.id())).body(view);
				});
	}

	@GetMapping("/api/v1/reservations/{id}")
	ReservationView reservation(@PathVariable UUID id) {
		return reservations.visible(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/reservations/{id}/cancel")
	ResponseEntity<String> cancel(@PathVariable UUID id,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		UserAccount actor = CurrentUser.require();
		return idempotency.execute(actor.id(), key, "POST /api/v1/reservations/{id}/cancel", Map.of("id", id),
				() -> ResponseEntity.ok(reservations.cancel(actor, id)));
	}

	@PostMapping("/api/v1/reservations/{id}/deposit-payment")
	ReservationView retryDeposit(@PathVariable UUID id) {
		return reservations.retryDeposit(CurrentUser.require(), id);
	}

	@GetMapping("/api/v1/me/reservations")
	List<ReservationView> mine() {
		return store.ofBuyer(CurrentUser.require().id(), 100).stream().map(reservations::view).toList();
	}
}
