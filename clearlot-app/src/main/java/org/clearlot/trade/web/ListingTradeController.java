package org.clearlot.trade.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.idempotency.IdempotentRequests;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.trade.TradeProperties;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderStatus;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.reservation.Reservation;
import org.clearlot.trade.reservation.ReservationService;
import org.clearlot.trade.reservation.ReservationStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The trade on the listing page: the panel with the reserve button (or the car's reservation or sale state, and
 * the seller's completed sales), and reserving from it. The form carries an idempotency key, so submitting it twice
 * reserves once.
 */
@Controller
class ListingTradeController {

	private final CatalogApi catalog;
	private final ReservationService reservations;
	private final ReservationStore reservationStore;
	private final OrderStore orders;
	private final IdempotentRequests idempotency;
	private final TradeErrors errors;
	private final TradeProperties properties;
	private final ObjectMapper json;

	ListingTradeController(CatalogApi catalog, ReservationService reservations, ReservationStore reservationStore,
			OrderStore orders, IdempotentRequests idempotency, TradeErrors errors, TradeProperties properties,
			ObjectMapper json) {
		this.catalog = catalog;
		this.reservations = reservations;
		this.reservationStore = reservationStore;
		this.orders = orders;
		this.idempotency = idempotency;
		this.errors = errors;
		this.properties = properties;
		this.json = json;
	}

	@GetMapping("/listings/{id}/trade-panel")
	String panel(@PathVariable long id, Model model) {
		ListingSummary listing = catalog.findListing(id).orElseThrow(() -> new NotFoundException("No listing " + id));
		Optional<UserAccount> viewer = CurrentUser.get();
		model.addAttribute("listing", listing);
		model.addAttribute("depositFen", properties.depositFen());
		model.addAttribute("holdHours", properties.holdWindow().toHours());
		model.addAttribute("returnDays", properties.returnWindow().toDays());
		model.addAttribute("returnKm", properties.returnMaxKm());
		model.addAttribute("isBuyer", viewer.map(user -> user.hasRole(Role.BUYER)).orElse(false));
		model.addAttribute("signedIn", viewer.isPresent());
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		model.addAttribute("completedSales", orders.completedSales(listing.organizationId()));
		Optional<Reservation> holding = reservationStore.holding(id);
		model.addAttribute("mine", holding.filter(r -> viewer.map(user -> user.id().equals(r.buyerId())).orElse(false))
			.orElse(null));
		Optional<Order> latest = listing.status() == ListingStatus.SOLD ? orders.latestForListing(id) : Optional.empty();
		model.addAttribute("saleCompleted", latest.map(order -> order.status() == OrderStatus.COMPLETED).orElse(false));
		return "trade/panel :: panel";
	}

	@PostMapping("/listings/{id}/reserve")
	String reserve(@PathVariable long id, @RequestParam(required = false) String idempotencyKey,
			RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		String[] created = new String[1];
		String refused = errors.attempt(() -> {
			String body = idempotency.execute(buyer.id(), IdempotentRequests.requireKey(idempotencyKey),
					"POST /api/v1/listings/{id}/reservations", Map.of("listingId", id),
					() -> org.springframework.http.ResponseEntity.status(201).body(reservations.reserve(buyer, id)))
				.getBody();
			created[0] = json.readTree(body).get("id").asString();
		});
		if (refused != null) {
			redirect.addFlashAttribute("conflict", refused);
			return "redirect:/listings/" + id;
		}
		return "redirect:/my/reservations/" + created[0];
	}
}
