package org.clearlot.catalog.web;

import java.util.Optional;

import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingService;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.UserAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A listing's page with every vehicle fact, the price, the dealer and the status. */
@Controller
class ListingPageController {

	private final ListingService listings;
	private final IdentityApi identity;

	ListingPageController(ListingService listings, IdentityApi identity) {
		this.listings = listings;
		this.identity = identity;
	}

	@GetMapping("/listings/{id:\\d+}")
	String listing(@PathVariable long id, Model model) {
		Optional<UserAccount> viewer = CurrentUser.get();
		Listing listing = listings.requireVisible(id, viewer);
		model.addAttribute("listing", listing);
		model.addAttribute("vehicle", listing.vehicle());
		model.addAttribute("dealer", identity.findOrganization(listing.organizationId()).orElse(null));
		model.addAttribute("imageUrl", Illustrations.url(listing.vehicle().bodyType(), listing.vehicle().colour()));
		model.addAttribute("canManage", viewer.map(user -> user.belongsTo(listing.organizationId())).orElse(false));
		model.addAttribute("history", listings.history(id));
		return "catalog/listing";
	}
}
