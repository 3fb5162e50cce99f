package org.clearlot.catalog;

import java.util.UUID;

/** A listing's key facts for other modules. */
public record ListingSummary(long id, String vin, String make, String model, int year, Powertrain powertrain,
		long priceFen, int mileageKm, String city, ListingStatus status, UUID organizationId) {
}
