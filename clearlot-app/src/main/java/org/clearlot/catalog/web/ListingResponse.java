package org.clearlot.catalog.web;

import java.time.Instant;
import java.util.UUID;

import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.vehicle.Vehicle;

/** A listing with its vehicle, as the API returns it. */
record ListingResponse(long id, String vin, String make, String model, String trim, int year, String powertrain,
		String bodyType, String colour, String emissionStandard, int mileageKm, long priceFen, String city,
		String description, String status, UUID organizationId, String dealerName, Instant createdAt,
		Instant updatedAt, Instant publishedAt, long version, String imageUrl, VehicleResponse vehicle, Integer grade,
		Boolean accident, Boolean flood, Boolean fire, Double sohPercent) {

	static ListingResponse of(Listing listing, String dealerName) {
		Vehicle v = listing.vehicle();
		return new ListingResponse(listing.id(), v.vin(), v.make(), v.model(), v.trim(), v.year(), v.powertrain().name(),
				v.bodyType().name(), v.colour().name(), v.emissionStandard().name(), listing.mileageKm(),
				listing.priceFen(), listing.city(), listing.description(), listing.status().name(),
				listing.organizationId(), dealerName, listing.createdAt(), listing.updatedAt(), listing.publishedAt(),
				listing.version(), Illustrations.url(v.bodyType(), v.colour()), VehicleResponse.of(v),
				v.condition().map(c -> c.grade()).orElse(null), v.condition().map(c -> c.accident()).orElse(null),
				v.condition().map(c -> c.flood()).orElse(null), v.condition().map(c -> c.fire()).orElse(null),
				v.batterySohPercent().orElse(null));
	}
}
