package org.clearlot.catalog.search;

import java.util.List;

/**
 * A buyer's search: free text, facet filters (several values of one facet mean "any of them"), ranges, inspection
 * grade and the accident-, flood- and fire-free conditions (inspected cars without that verdict), the least battery
 * state of health in percent (electrified cars whose passport estimates at least that), ordering and page.
 * Values are already validated and normalized (cities as pinyin ids, enums as names, grades "1"–"5").
 * {@code registerIn} is the buyer's city: only cars it accepts for registration are found, which the search resolves
 * into {@code registrableStandards}, the emission standards that city accepts from elsewhere today.
 */
public record ListingQuery(String text, List<String> makes, List<String> models, List<String> powertrains,
		List<String> cities, List<String> emissionStandards, List<String> bodyTypes, Integer yearMin, Integer yearMax,
		Long priceMinFen, Long priceMaxFen, Integer mileageMinKm, Integer mileageMaxKm, SortOrder sort, int page,
		int size, List<String> grades, boolean noAccident, boolean noFlood, boolean noFire, Integer sohMin,
		String registerIn, List<String> registrableStandards) {

	/** A query without the registration filter. */
	public ListingQuery(String text, List<String> makes, List<String> models, List<String> powertrains,
			List<String> cities, List<String> emissionStandards, List<String> bodyTypes, Integer yearMin, Integer yearMax,
			Long priceMinFen, Long priceMaxFen, Integer mileageMinKm, Integer mileageMaxKm, SortOrder sort, int page,
			int size, List<String> grades, boolean noAccident, boolean noFlood, boolean noFire, Integer sohMin) {
		this(text, makes, models, powertrains, cities, emissionStandards, bodyTypes, yearMin, yearMax, priceMinFen,
				priceMaxFen, mileageMinKm, mileageMaxKm, sort, page, size, grades, noAccident, noFlood, noFire, sohMin,
				null, List.of());
	}

	/** A query without inspection filters. */
	public ListingQuery(String text, List<String> makes, List<String> models, List<String> powertrains,
			List<String> cities, List<String> emissionStandards, List<String> bodyTypes, Integer yearMin, Integer yearMax,
			Long priceMinFen, Long priceMaxFen, Integer mileageMinKm, Integer mileageMaxKm, SortOrder sort, int page,
			int size) {
		this(text, makes, models, powertrains, cities, emissionStandards, bodyTypes, yearMin, yearMax, priceMinFen,
				priceMaxFen, mileageMinKm, mileageMaxKm, sort, page, size, List.of(), false, false, false, null);
	}

	public ListingQuery {
		grades = List.copyOf(grades);
		text = text == null || text.isBlank() ? null : text.strip();
		makes = List.copyOf(makes);
		models = List.copyOf(models);
		powertrains = List.copyOf(powertrains);
		cities = List.copyOf(cities);
		emissionStandards = List.copyOf(emissionStandards);
		bodyTypes = List.copyOf(bodyTypes);
		registrableStandards = List.copyOf(registrableStandards);
	}

	/** The same query, limited to cars of these emission standards (the ones {@code registerIn} accepts). */
	public ListingQuery withRegistrableStandards(List<String> standards) {
		return new ListingQuery(text, makes, models, powertrains, cities, emissionStandards, bodyTypes, yearMin, yearMax,
				priceMinFen, priceMaxFen, mileageMinKm, mileageMaxKm, sort, page, size, grades, noAccident, noFlood,
				noFire, sohMin, registerIn, standards);
	}

	public static ListingQuery everything(int page, int size) {
		return new ListingQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
				null, null, null, null, SortOrder.RELEVANCE, page, size);
	}

	/** Whether this is the landing query: no text and no filter. */
	public boolean isUnfiltered() {
		return text == null && makes.isEmpty() && models.isEmpty() && powertrains.isEmpty() && cities.isEmpty()
				&& emissionStandards.isEmpty() && bodyTypes.isEmpty() && yearMin == null && yearMax == null
				&& priceMinFen == null && priceMaxFen == null && mileageMinKm == null && mileageMaxKm == null
				&& grades.isEmpty() && !noAccident && !noFlood && !noFire && sohMin == null && registerIn == null;
	}
}
