package org.clearlot.pricing.web;

import java.util.Optional;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ListingFacts;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.NotFoundException;

/** A listing as the viewer may see it: on sale, reserved or sold for anyone, others for their dealer and admins. */
final class VisibleListings {

	private VisibleListings() {
	}

	static ListingFacts require(CatalogApi catalog, long id, Optional<UserAccount> viewer) {
		return catalog.listingFacts(id).filter(listing -> visible(listing, viewer))
			.orElseThrow(() -> new NotFoundException("No listing " + id));
	}

	private static boolean visible(ListingFacts listing, Optional<UserAccount> viewer) {
		ListingStatus status = listing.status();
		return status == ListingStatus.ACTIVE || status == ListingStatus.RESERVED || status == ListingStatus.SOLD
				|| viewer.map(user -> user.hasRole(Role.ADMIN) || user.belongsTo(listing.organizationId())).orElse(false);
	}
}
