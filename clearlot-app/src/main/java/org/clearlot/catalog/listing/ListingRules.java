package org.clearlot.catalog.listing;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/** Validates a listing's price, mileage, city and description, naming every bad field. */
public final class ListingRules {

	/** ¥100,000,000: no used car on the platform costs more. */
	static final long MAX_PRICE_FEN = 10_000_000_000L;
	static final int MAX_MILEAGE_KM = 2_000_000;
	static final int MAX_DESCRIPTION = 5_000;

	private ListingRules() {
	}

	public static ListingTerms validate(Long priceFen, Integer mileageKm, String city, String description) {
		List<FieldProblem> problems = new ArrayList<>();
		if (priceFen == null) {
			problems.add(FieldProblem.of("priceFen", Reason.PRICE_REQUIRED));
		}
		else if (priceFen <= 0 || priceFen > MAX_PRICE_FEN) {
			problems.add(FieldProblem.of("priceFen", Reason.RANGE, 1, MAX_PRICE_FEN));
		}
		if (mileageKm == null) {
			problems.add(FieldProblem.of("mileageKm", Reason.REQUIRED));
		}
		else if (mileageKm < 0 || mileageKm > MAX_MILEAGE_KM) {
			problems.add(FieldProblem.of("mileageKm", Reason.RANGE, 0, MAX_MILEAGE_KM));
		}
		String cityId = null;
		if (city == null || city.isBlank()) {
			problems.add(FieldProblem.of("city", Reason.REQUIRED));
		}
		else {
			cityId = Cities.find(city).map(c -> c.id()).orElse(null);
			if (cityId == null) {
				problems.add(FieldProblem.of("city", Reason.UNKNOWN_CITY, city));
			}
		}
		String text = description == null ? "" : description.strip();
		if (text.length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", Reason.TOO_LONG, MAX_DESCRIPTION));
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new ListingTerms(priceFen, mileageKm, cityId, text);
	}
}
