package org.clearlot.catalog;

import java.time.Instant;
import java.util.UUID;

/** A listing went on sale; its declared mileage is a reading for the vehicle's history. */
public record ListingPublished(long listingId, String vin, UUID organizationId, long priceFen, int mileageKm,
		Instant publishedAt) {
}
