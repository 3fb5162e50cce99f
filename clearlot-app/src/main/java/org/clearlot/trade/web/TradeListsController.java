package org.clearlot.trade.web;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.clearlot.catalog.CatalogApi;

import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.trade.dispute.DisputeService;
import org.clearlot.trade.order.Order;
import org.clearlot.trade.order.OrderStatus;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.reservation.ReservationService;
import org.clearlot.trade.reservation.ReservationStore;
import org.clearlot.trade.reservation.ReservationView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Lists of deals: a buyer's reservations and orders, a dealer's incoming orders, the admins' disputes. */
@Controller
class TradeListsController {

	private static final int LIMIT = 100;

	private final ReservationStore reservations;
	private final ReservationService reservationService;
	private final OrderStore orders;
	private final DisputeService disputes;
	private final CatalogApi catalog;

	TradeListsController(ReservationStore reservations, ReservationService reservationService, OrderStore orders,
			DisputeService disputes, CatalogApi catalog) {
		this.reservations = reservations;
		this.reservationService = reservationService;
		this.orders = orders;
		this.disputes = disputes;
		this.catalog = catalog;
	}

	@GetMapping("/my/orders")
	String mine(Model model) {
		UserAccount buyer = CurrentUser.require();
		List<ReservationView> held = reservations.ofBuyer(buyer.id(), LIMIT).stream().map(reservationService::view).toList();
		List<Order> placed = orders.ofBuyer(buyer.id(), LIMIT);
		model.addAttribute("reservations", held);
		model.addAttribute("orders", placed);
		model.addAttribute("cars", cars(held, placed));
		return "trade/my";
	}

	@GetMapping("/dealer/orders")
	String incoming(Model model) {
		UserAccount dealer = CurrentUser.require();
		UUID organization = dealer.organization().orElseThrow(() -> new ForbiddenException("Not a dealer"));
		List<ReservationView> held = reservations.ofOrganization(organization, LIMIT).stream()
			.map(reservationService::view).toList();
		List<Order> placed = orders.ofOrganization(organization, LIMIT);
		model.addAttribute("reservations", held);
		model.addAttribute("orders", placed);
		model.addAttribute("cars", cars(held, placed));
		model.addAttribute("completedSales", orders.completedSales(organization));
		return "trade/dealer-orders";
	}

	@GetMapping("/admin/disputes")
	String disputes(Model model) {
		model.addAttribute("open", disputes.openDisputes());
		List<Order> refunding = orders.ofStatus(OrderStatus.RETURNED, LIMIT);
		List<Order> refunded = orders.ofStatus(OrderStatus.REFUNDED, 20);
		model.addAttribute("refunding", refunding);
		model.addAttribute("refunded", refunded);
		model.addAttribute("cars", cars(List.of(), Stream.concat(refunding.stream(), refunded.stream()).toList()));
		model.addAttribute("recent", disputes.recent().stream().limit(50).toList());
		return "trade/admin-disputes";
	}

	/** The car each listing shows ("2021 BYD Han"), by listing id, from one query. */
	private Map<Long, String> cars(Collection<ReservationView> held, Collection<Order> placed) {
		List<Long> ids = Stream.concat(held.stream().map(ReservationView::listingId), placed.stream().map(Order::listingId))
			.distinct().toList();
		Map<Long, String> cars = new LinkedHashMap<>();
		catalog.findListings(ids).forEach(l -> cars.put(l.id(), l.year() + " " + l.make() + " " + l.model()));
		return cars;
	}
}
