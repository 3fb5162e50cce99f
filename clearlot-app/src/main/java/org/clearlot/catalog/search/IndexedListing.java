package org.clearlot.catalog.search;

/**
 * The facet values of one active listing, as the facet index holds them, and when it was published (epoch
 * milliseconds), by which results are ordered newest first; {@code sohPercent} is the battery passport's state of
 * health, null when not estimated.
 */
record IndexedListing(long id, String make, String model, String powertrain, String city, int year,
		String emissionStandard, String bodyType, long priceFen, int mileageKm, long publishedAt, Condition condition,
		Double sohPercent) {

	/** The latest inspection verdict; null when the car was never inspected. */
	record Condition(int grade, boolean accident, boolean flood, boolean fire) {
	}

	IndexedListing(long id, String make, String model, String powertrain, String city, int year,
			String emissionStandard, String bodyType, long priceFen, int mileageKm, long publishedAt) {
		this(id, make, model, powertrain, city, year, emissionStandard, bodyType, priceFen, mileageKm, publishedAt, null,
				null);
	}

	String term(Facet facet) {
		return switch (facet) {
			case MAKE -> make;
			case MODEL -> model;
			case POWERTRAIN -> powertrain;
			case CITY -> city;
			case YEAR -> Integer.toString(year);
			case EMISSION_STANDARD -> emissionStandard;
			case BODY_TYPE -> bodyType;
			case GRADE -> condition == null ? null : Integer.toString(condition.grade());
			case PRICE, MILEAGE, CONDITION, BATTERY -> throw new IllegalArgumentException(facet + " is not a term facet");
		};
	}
}
