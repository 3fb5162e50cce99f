package org.clearlot.pricing.valuation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.clearlot.catalog.ListingFacts;
import org.clearlot.pricing.model.CarFacts;

/** A listing's car as the valuation model sees it, on a given day. */
final class ListingCars {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ListingCars() {
	}

	static CarFacts of(ListingFacts listing, LocalDate asOf) {
		return new CarFacts(listing.make(), listing.model(), listing.trim(), listing.year(),
				CarFacts.age(listing.firstRegistrationDate(), asOf), listing.mileageKm(), listing.city(),
				listing.powertrain(), listing.grade(), Boolean.TRUE.equals(listing.accident()),
				Boolean.TRUE.equals(listing.flood()), Boolean.TRUE.equals(listing.fire()), listing.batterySohPercent());
	}

	/** The day the listing's price was set: when it went on sale, or was created if it never did. */
	static LocalDate pricedOn(ListingFacts listing) {
		Instant at = listing.publishedAt() != null ? listing.publishedAt() : listing.createdAt();
		return at == null ? LocalDate.now(CHINA) : LocalDate.ofInstant(at, CHINA);
	}

	/** Years from the start of the model year to first registration. */
	static double registrationLagYears(ListingFacts listing) {
		return ChronoUnit.DAYS.between(LocalDate.of(listing.year(), 1, 1), listing.firstRegistrationDate()) / 365.25;
	}
}
