package org.clearlot.catalog.listing;

/** A partial update of a listing's terms; null fields keep their value. */
public record ListingPatch(Long priceFen, Integer mileageKm, String city, String description) {
}
