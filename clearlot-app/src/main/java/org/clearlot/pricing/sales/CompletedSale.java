package org.clearlot.pricing.sales;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.catalog.ListingFacts;

/** A completed order's price with the facts of the car as its listing showed them when the sale completed. */
public record CompletedSale(UUID orderId, long priceFen, Instant completedAt, ListingFacts car) {
}
