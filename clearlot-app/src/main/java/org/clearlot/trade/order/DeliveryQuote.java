package org.clearlot.trade.order;

/** The fee and estimated days of a delivery; distance only for cross-city delivery. */
public record DeliveryQuote(DeliveryMethod method, String city, String address, long feeFen, Integer distanceKm,
		Integer etaDays) {
}
