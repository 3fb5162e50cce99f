package org.clearlot.trade.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.MoneyFormat;
import org.clearlot.platform.web.Reason;
import org.clearlot.platform.web.TimeFormat;
import org.clearlot.trade.dispute.DisputeService;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.returns.ReturnService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page that buyer, selling dealer and admins share: the money, the delivery, the timeline, and the
 * actions the viewer may take now (the services check again who may do what).
 */
@Controller
class OrderPageController {

	private final OrderService orders;
	private final ReturnService returns;
	private final DisputeService disputes;
	private final OrderDetails details;
	private final CatalogApi catalog;
	private final TradeErrors errors;

	OrderPageController(OrderService orders, ReturnService returns, DisputeService disputes, OrderDetails details,
			CatalogApi catalog, TradeErrors errors) {
		this.orders = orders;
		this.returns = returns;
		this.disputes = disputes;
		this.details = details;
		this.catalog = catalog;
		this.errors = errors;
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable UUID id, Model model) {
		UserAccount viewer = CurrentUser.require();
		OrderDetails.View view = details.of(orders.visible(viewer, id), viewer);
		model.addAttribute("order", view);
		model.addAttribute("listing", catalog.findListing(view.listingId()).orElse(null));
		model.addAttribute("openDispute", view.disputes().stream().filter(d -> d.status().isOpen()).findFirst().orElse(null));
		model.addAttribute("openReturn", view.returns().stream()
			.filter(r -> r.status().name().equals("REQUESTED") || r.status().name().equals("RECEIVED")).findFirst()
			.orElse(null));
		return "trade/order";
	}

	@PostMapping("/orders/{id}/balance")
	String payBalance(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		String[] checkout = new String[1];
		String refused = errors.attempt(() -> {
			OrderDetails.View view = details.of(orders.retryBalance(buyer, id), buyer);
			checkout[0] = view.balancePayment() == null ? null : view.balancePayment().checkoutUrl();
		});
		if (refused != null || checkout[0] == null) {
			ReservationPageController.flash(redirect, refused, null);
			return "redirect:/orders/" + id;
		}
		return "redirect:" + checkout[0];
	}

	@PostMapping("/orders/{id}/handover")
	String handover(@PathVariable UUID id, @RequestParam(required = false) String at,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		UserAccount dealer = CurrentUser.require();
		return done(id, redirect, () -> orders.scheduleHandover(dealer, id, localTime(at), note),
				"trade.notice.handoverScheduled");
	}

	@PostMapping("/orders/{id}/delivery")
	String delivery(@PathVariable UUID id, @RequestParam(required = false) Integer odometerKm,
			RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		return done(id, redirect, () -> orders.confirmDelivery(buyer, id, odometerKm), "trade.notice.delivered");
	}

	@PostMapping("/orders/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		UserAccount actor = CurrentUser.require();
		return done(id, redirect, () -> orders.cancel(actor, id, reason), "trade.notice.orderCancelled");
	}

	@PostMapping("/orders/{id}/returns")
	String requestReturn(@PathVariable UUID id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer odometerKm,
			RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		return done(id, redirect, () -> returns.request(buyer, id, reasonCode, reason, odometerKm),
				"trade.notice.returnRequested");
	}

	@PostMapping("/orders/{id}/returns/{returnId}/receive")
	String receive(@PathVariable UUID id, @PathVariable UUID returnId, @RequestParam(required = false) Integer odometerKm,
			RedirectAttributes redirect) {
		UserAccount dealer = CurrentUser.require();
		return done(id, redirect, () -> returns.receive(dealer, returnId, odometerKm), "trade.notice.returnReceived");
	}

	@PostMapping("/orders/{id}/returns/{returnId}/check")
	String check(@PathVariable UUID id, @PathVariable UUID returnId, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) String notes, RedirectAttributes redirect) {
		UserAccount dealer = CurrentUser.require();
		return done(id, redirect, () -> returns.check(dealer, returnId, passed, notes), "trade.notice.returnChecked");
	}

	@PostMapping("/orders/{id}/disputes")
	String openDispute(@PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		UserAccount buyer = CurrentUser.require();
		return done(id, redirect, () -> disputes.open(buyer, id, reason), "trade.notice.disputeOpened");
	}

	@PostMapping("/orders/{id}/disputes/{disputeId}/messages")
	String message(@PathVariable UUID id, @PathVariable UUID disputeId, @RequestParam(required = false) String message,
			RedirectAttributes redirect) {
		UserAccount author = CurrentUser.require();
		return done(id, redirect, () -> disputes.message(author, disputeId, message), "trade.notice.messageSent");
	}

	@PostMapping("/orders/{id}/disputes/{disputeId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID disputeId, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String refundYuan, @RequestParam(required = false) String decision,
			RedirectAttributes redirect) {
		UserAccount admin = CurrentUser.require();
		return done(id, redirect, () -> disputes.decide(admin, disputeId, outcome,
				MoneyFormat.fenOfYuan("refundYuan", refundYuan), decision),
				"trade.notice.disputeDecided");
	}

	private String done(UUID id, RedirectAttributes redirect, Runnable action, String notice) {
		ReservationPageController.flash(redirect, errors.attempt(action), notice);
		return "redirect:/orders/" + id;
	}

	/** A datetime-local field, read in Beijing time. */
	private static java.time.Instant localTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).atZone(TimeFormat.CHINA).toInstant();
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("at", Reason.NOT_VALID, value);
		}
	}
}
