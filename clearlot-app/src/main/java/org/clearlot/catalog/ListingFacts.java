package org.clearlot.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A listing with the facts of its car that bear on its price, for valuation: identity, age, use, place, powertrain
 * and the latest inspection verdict and battery health (null when unknown).
 *
 * @param publishedAt when it last went on sale (null for a draft)
 */
public record ListingFacts(long id, String make, String model, String trim, int year, LocalDate firstRegistrationDate,
		Powertrain powertrain, long priceFen, int mileageKm, String city, ListingStatus status, UUID organizationId,
		Integer grade, Boolean accident, Boolean flood, Boolean fire, Double batterySohPercent, Instant createdAt,
		Instant publishedAt) {
}
