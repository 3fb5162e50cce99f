package org.clearlot.trade.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.geo.Cities;
import org.clearlot.trade.order.DeliveryPlanner;
import org.clearlot.trade.order.DeliveryQuote;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.reservation.ReservationService;
import org.clearlot.trade.reservation.ReservationView;
import org.clearlot.trade.timeline.Timeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buyer's reservation page: the deposit (pay at the provider's checkout; the page refreshes its status until the
 * provider's webhook confirms it), cancelling, and placing the order with a delivery method and its quote.
 */
@Controller
class ReservationPageController {

	private final ReservationService reservations;
	private final OrderService orders;
	private final OrderStore orderStore;
	private final DeliveryPlanner planner;
	private final CatalogApi catalog;
	private final Timeline timeline;
	private final TradeErrors errors;

	ReservationPageController(ReservationService reservations, OrderService orders, OrderStore orderStore,
			DeliveryPlanner planner, CatalogApi catalog, Timeline timeline, TradeErrors errors) {
		this.reservations = reservations;
		this.orders = orders;
		this.orderStore = orderStore;
		this.planner = planner;
		this.catalog = catalog;
		this.timeline = timeline;
		this.errors = errors;
	}

	@GetMapping("/my/reservations/{id}")
	String reservation(@PathVariable UUID id, Model model) {
		ReservationView reservation = reservations.visible(CurrentUser.require(), id);
		orderStore.ofReservation(id).ifPresent(order -> model.addAttribute("order", order));
		model.addAttribute("reservation", reservation);
		model.addAttribute("listing", catalog.findListing(reservation.listingId()).orElse(null));
		model.addAttribute("cities", Cities.all());
		model.addAttribute("timeline", timeline.of(id));
		return "trade/reservation";
	}

	/**
	 * The deposit's status, which the page polls while it waits for the provider; once the provider answered, the
	 * whole page reloads (htmx's {@code HX-Refresh}) to offer what comes next.
	 */
	@GetMapping("/my/reservations/{id}/deposit")
	String deposit(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ReservationView reservation = reservations.visible(CurrentUser.require(), id);
		if (!"PENDING".equals(reservation.depositStatus()) || !"HELD".equals(reservation.status())) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("reservation", reservation);
		return "trade/reservation :: deposit";
	}

	/** The delivery quote for a method and city, shown before the order is placed. */
	@GetMapping("/my/reservations/{id}/quote")
	String quote(@PathVariable UUID id, @RequestParam(required = false) String method,
			@RequestParam(required = false) String city, @RequestParam(required = false) String address, Model model) {
		ReservationView reservation = reservations.visible(CurrentUser.require(), id);
		String listingCity = catalog.findListing(reservation.listingId()).orElseThrow().city();
		try {
			DeliveryQuote quote = planner.quote(method, city, address == null || address.isBlank() ? "-" : address,
					listingCity);
			model.addAttribute("quote", quote);
			model.addAttribute("total", reservation.priceFen() + quote.feeFen());
			model.addAttribute("balance", reservation.priceFen() + quote.feeFen() - reservation.depositFen());
		}
		catch (RuntimeException refused) {
			String message = errors.message(refused);
			if (message == null) {
				throw refused;
			}
			model.addAttribute("quoteError", message);
		}
		return "trade/reservation :: quote";
	}

	@PostMapping("/my/reservations/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		flash(redirect, errors.attempt(() -> reservations.cancel(buyer, id)), "trade.notice.reservationCancelled");
		return "redirect:/my/reservations/" + id;
	}

	@PostMapping("/my/reservations/{id}/deposit")
	String retryDeposit(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		ReservationView[] view = new ReservationView[1];
		String refused = errors.attempt(() -> view[0] = reservations.retryDeposit(buyer, id));
		if (refused != null || view[0].checkoutUrl() == null) {
			flash(redirect, refused, null);
			return "redirect:/my/reservations/" + id;
		}
		return "redirect:" + view[0].checkoutUrl();
	}

	@PostMapping("/my/reservations/{id}/order")
	String order(@PathVariable UUID id, @RequestParam(required = false) String method,
			@RequestParam(required = false) String city, @RequestParam(required = false) String address,
			RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		Order[] placed = new Order[1];
		String refused = errors.attempt(() -> placed[0] = orders.place(buyer, id, method, city, address));
		if (refused != null) {
			redirect.addFlashAttribute("conflict", refused);
			return "redirect:/my/reservations/" + id;
		}
		redirect.addFlashAttribute("notice", "trade.notice.orderPlaced");
		return "redirect:/orders/" + placed[0].id();
	}

	static void flash(RedirectAttributes redirect, String refused, String notice) {
		if (refused != null) {
			redirect.addFlashAttribute("conflict", refused);
		}
		else if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
		}
	}
}
