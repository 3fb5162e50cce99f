package org.clearlot.catalog.listing;

/** The validated, editable part of a listing. {@code city} is a pinyin city id. */
public record ListingTerms(long priceFen, int mileageKm, String city, String description) {
}
