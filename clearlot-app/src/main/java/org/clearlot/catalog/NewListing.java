package org.clearlot.catalog;

/** A dealer's offer of a registered vehicle. */
public record NewListing(String vin, Long priceFen, Integer mileageKm, String city, String description) {
}
