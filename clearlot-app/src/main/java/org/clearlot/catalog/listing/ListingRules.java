package org.clearlot.catalog.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;

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
			problems.add(new FieldProblem("priceFen", "is required (integer fen: ¥1 = 100)"));
		}
		else if (priceFen <= 0 || priceFen > MAX_PRICE_FEN) {
			problems.add(new FieldProblem("priceFen", "must be between 1 and " + MAX_PRICE_FEN));
		}
		if (mileageKm == null) {
			problems.add(new FieldProblem("mileageKm", "is required"));
		}
		else if (mileageKm < 0 || mileageKm > MAX_MILEAGE_KM) {
			problems.add(new FieldProblem("mileageKm", "must be between 0 and " + MAX_MILEAGE_KM));
		}
		String cityId = null;
		if (city == null || city.isBlank()) {
			problems.add(new FieldProblem("city", "is required"));
		}
		else {
			cityId = Cities.find(city).map(c -> c.id()).orElse(null);
			if (cityId == null) {
				problems.add(new FieldProblem("city", "unknown city '" + city + "'"));
			}
		}
		String text = description == null ? "" : description.strip();
		if (text.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "must have at most " + MAX_DESCRIPTION + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().map(p -> p.field() + " " + p.message())
					.collect(Collectors.joining("; ")), problems);
		}
		return new ListingTerms(priceFen, mileageKm, cityId, text);
	}
}
