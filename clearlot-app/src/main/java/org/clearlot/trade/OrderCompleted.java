package org.clearlot.trade;

import java.time.Instant;
import java.util.UUID;

/** An order's return window closed without a return: the sale counts, and escrow was released to the dealer. */
public record OrderCompleted(UUID orderId, long listingId, String vin, UUID organizationId, long priceFen,
		Instant completedAt) {
}
