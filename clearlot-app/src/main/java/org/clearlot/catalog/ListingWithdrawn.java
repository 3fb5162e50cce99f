package org.clearlot.catalog;

import java.time.Instant;
import java.util.UUID;

/** A listing was taken off sale by its dealer or an admin. */
public record ListingWithdrawn(long listingId, String vin, UUID organizationId, Instant withdrawnAt) {
}
