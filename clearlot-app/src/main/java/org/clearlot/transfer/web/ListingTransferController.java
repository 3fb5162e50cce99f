package org.clearlot.transfer.web;

import java.time.Duration;
import java.util.Optional;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.ListingSummary;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.ProblemMessages;
import org.clearlot.platform.web.TooManyRequestsException;
import org.clearlot.transfer.eligibility.TransferEligibility;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Can I register it in my city?" on the listing page: pick a city, get today's answer with its reasons and steps.
 * The chosen city is remembered in a cookie, so the next listing answers for it at once.
 */
@Controller
class ListingTransferController {

	static final String CITY_COOKIE = "clearlot-transfer-city";

	private final CatalogApi catalog;
	private final TransferEligibility eligibility;
	private final ProblemMessages problems;
	private final AnswerThrottle throttle;

	ListingTransferController(CatalogApi catalog, TransferEligibility eligibility, ProblemMessages problems,
			AnswerThrottle throttle) {
		this.catalog = catalog;
		this.eligibility = eligibility;
		this.problems = problems;
		this.throttle = throttle;
	}

	@GetMapping("/listings/{id}/transfer-panel")
	String panel(@PathVariable long id, @RequestParam(required = false) String city,
			@CookieValue(name = CITY_COOKIE, required = false) String remembered, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ListingSummary listing = visibleListing(id);
		String chosen = city != null ? city : remembered;
		model.addAttribute("listingId", id);
		model.addAttribute("cities", Cities.all());
		Optional<City> destination = Cities.find(chosen);
		model.addAttribute("city", destination.map(City::id).orElse(null));
		if (city != null && !city.isBlank() && destination.isEmpty()) {
			model.addAttribute("unknownCity", city.strip());
		}
		if (destination.isPresent()) {
			try {
				throttle.acquire(request.getRemoteAddr());
				model.addAttribute("answer", eligibility.answer(listing.vin(), destination.get().id(), null));
			}
			catch (InvalidInputException invalid) {
				model.addAttribute("error", problems.messages(invalid.fieldProblems()));
			}
			catch (TooManyRequestsException busy) {
				// shown in the panel, since htmx does not swap in an error page
				model.addAttribute("retrySeconds", Math.max(1, busy.retryAfter().toSeconds()));
			}
			if (city != null) {
				response.addHeader("Set-Cookie", ResponseCookie.from(CITY_COOKIE, destination.get().id())
						.path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").build().toString());
			}
		}
		return "transfer/panel :: panel";
	}

	/** Listings on sale or sold are public; drafts and withdrawn ones only for their dealer and admins. */
	private ListingSummary visibleListing(long id) {
		ListingSummary listing = catalog.findListing(id).orElseThrow(() -> new NotFoundException("No listing " + id));
		if (listing.status() == ListingStatus.DRAFT || listing.status() == ListingStatus.WITHDRAWN) {
			Optional<UserAccount> viewer = CurrentUser.get();
			boolean allowed = viewer.map(user -> user.hasRole(Role.ADMIN)
					|| listing.organizationId().equals(user.organizationId())).orElse(false);
			if (!allowed) {
				throw new NotFoundException("No listing " + id);
			}
		}
		return listing;
	}
}
