package org.clearlot.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The facet index against brute force: random listings, random queries, and every count recomputed by scanning the
 * list with the same leave-one-out rule. Large enough that both counting strategies (walking sparse bases,
 * intersecting dense ones) are exercised, with removals and replacements in between.
 */
class FacetIndexTests {

	static final String[] MAKES = { "BYD", "Toyota", "Tesla", "Volkswagen", "Geely" };
	static final String[] CITIES = { "Wuhan", "Shanghai", "Xi'an", "Beijing", "Chengdu", "Harbin" };
	static final String[] POWERTRAINS = { "ICE", "HEV", "PHEV", "BEV" };
	static final Set<Facet> ALL_BUT_MODEL = EnumSet.complementOf(EnumSet.of(Facet.MODEL));

	final Random random = new Random(7);
	final Map<Long, IndexedListing> truth = new HashMap<>();
	final FacetIndex index = new FacetIndex();

	@Test
	void countsMatchABruteForceScanForRandomQueries() {
		for (long id = 1; id <= 150_000; id++) {
			put(randomListing(id));
		}
		for (int i = 0; i < 20_000; i++) {
			long id = 1 + random.nextInt(150_000);
			if (random.nextBoolean()) {
				index.remove(id);
				truth.remove(id);
			}
			else {
				put(randomListing(id));
			}
		}
		for (int i = 0; i < 60; i++) {
			ListingQuery query = randomQuery();
			Set<Facet> facets = query.makes().isEmpty() ? ALL_BUT_MODEL : EnumSet.allOf(Facet.class);
			FacetIndex.Counts counts = index.count(query, facets);
			assertThat(counts.total()).as("total for %s", query).isEqualTo(truth.values().stream().filter(matches(query, null)).count());
			for (Facet facet : facets) {
				assertThat(asMap(counts.facets().get(facet.apiName()))).as("%s for %s", facet, query)
						.isEqualTo(expected(query, facet));
			}
		}
	}

	@Test
	void pagesComeInTheQuerysOrderLikeAFullSort() {
		for (long id = 1; id <= 100_000; id++) {
			put(randomListing(id));
		}
		for (int i = 0; i < 40; i++) {
			ListingQuery base = randomQuery();
			SortOrder sort = SortOrder.values()[random.nextInt(SortOrder.values().length)];
			int page = random.nextInt(5);
			ListingQuery query = new ListingQuery(null, base.makes(), List.of(), base.powertrains(), base.cities(), List.of(),
					List.of(), base.yearMin(), null, base.priceMinFen(), base.priceMaxFen(), null, base.mileageMaxKm(), sort, page, 20);
			List<Long> expected = truth.values().stream().filter(matches(query, null)).sorted(comparator(sort))
					.skip(page * 20L).limit(20).map(IndexedListing::id).toList();
			assertThat(index.evaluate(query, ALL_BUT_MODEL, page * 20, 20).listingIds()).as("%s page %d", sort, page)
					.containsExactlyElementsOf(expected);
		}
	}

	private static java.util.Comparator<IndexedListing> comparator(SortOrder sort) {
		java.util.Comparator<IndexedListing> newest = java.util.Comparator.comparingLong(IndexedListing::publishedAt)
				.thenComparingLong(IndexedListing::id).reversed();
		return switch (sort) {
			case PRICE_ASC -> java.util.Comparator.comparingLong(IndexedListing::priceFen).thenComparing(newest);
			case PRICE_DESC -> java.util.Comparator.comparingLong(IndexedListing::priceFen).reversed().thenComparing(newest);
			case MILEAGE_ASC -> java.util.Comparator.comparingInt(IndexedListing::mileageKm).thenComparing(newest);
			case NEWEST, RELEVANCE -> newest;
		};
	}

	@Test
	void aListingLeavesEveryCountWhenRemoved() {
		put(new IndexedListing(1, "BYD", "Han EV", "BEV", "Wuhan", 2022, "ZERO_EMISSION", "SEDAN", 16_000_000, 20_000, 1_000L));
		put(new IndexedListing(2, "BYD", "Dolphin", "BEV", "Wuhan", 2023, "ZERO_EMISSION", "HATCHBACK", 9_000_000, 8_000, 2_000L));
		index.remove(1);
		FacetIndex.Counts counts = index.count(ListingQuery.everything(0, 20), ALL_BUT_MODEL);
		assertThat(counts.total()).isEqualTo(1);
		assertThat(asMap(counts.facets().get("bodyType"))).containsExactly(Map.entry("HATCHBACK", 1L));
		assertThat(asMap(counts.facets().get("price"))).containsEntry("5000000-10000000", 1L).containsEntry("15000000-20000000", 0L);
	}

	@Test
	void listsEveryValueOnTheMarketWithZeroWhereOtherFiltersExcludeIt() {
		put(new IndexedListing(1, "BYD", "Han EV", "BEV", "Wuhan", 2022, "ZERO_EMISSION", "SEDAN", 16_000_000, 20_000, 1_000L));
		put(new IndexedListing(2, "Toyota", "Camry", "HEV", "Shanghai", 2021, "CN6", "SEDAN", 15_000_000, 30_000, 3_000L));
		ListingQuery inWuhan = new ListingQuery(null, List.of(), List.of(), List.of(), List.of("Wuhan"), List.of(), List.of(),
				null, null, null, null, null, null, SortOrder.RELEVANCE, 0, 20);
		FacetIndex.Counts counts = index.count(inWuhan, EnumSet.allOf(Facet.class));
		assertThat(counts.facets().get("make")).containsExactly(FacetValue.term("BYD", 1), FacetValue.term("Toyota", 0));
		assertThat(counts.facets().get("city")).containsExactly(FacetValue.term("Shanghai", 1), FacetValue.term("Wuhan", 1));
		assertThat(counts.facets().get("model")).as("models only where the other filters leave some")
				.containsExactly(FacetValue.term("Han EV", 1));
	}

	private void put(IndexedListing listing) {
		index.put(listing);
		truth.put(listing.id(), listing);
	}

	private IndexedListing randomListing(long id) {
		String make = MAKES[skewed(MAKES.length)];
		return new IndexedListing(id, make, make + " M" + random.nextInt(3), POWERTRAINS[skewed(POWERTRAINS.length)],
				CITIES[skewed(CITIES.length)], 2012 + random.nextInt(14), random.nextBoolean() ? "CN6" : "CN5",
				random.nextBoolean() ? "SUV" : "SEDAN", 1_000_000L + random.nextInt(40_000_000), random.nextInt(250_000),
				random.nextInt(1_000), random.nextInt(4) == 0 ? null : new IndexedListing.Condition(1 + random.nextInt(5),
						random.nextInt(10) == 0, random.nextInt(20) == 0, random.nextInt(30) == 0),
				random.nextInt(3) == 0 ? 60 + random.nextInt(400) / 10.0 : null);
	}

	/** Skewed towards the first values, so that some filters are dense and some sparse. */
	private int skewed(int bound) {
		return Math.min(bound - 1, (int) (-Math.log(1 - random.nextDouble()) * bound / 2.5));
	}

	private ListingQuery randomQuery() {
		List<String> makes = random.nextInt(3) == 0 ? List.of(MAKES[random.nextInt(MAKES.length)]) : List.of();
		List<String> cities = random.nextInt(3) == 0 ? List.of(CITIES[random.nextInt(CITIES.length)], CITIES[random.nextInt(CITIES.length)]) : List.of();
		List<String> powertrains = random.nextInt(3) == 0 ? List.of(POWERTRAINS[random.nextInt(4)]) : List.of();
		Integer yearMin = random.nextInt(4) == 0 ? 2015 + random.nextInt(8) : null;
		Long priceMin = random.nextInt(3) == 0 ? (long) random.nextInt(20_000_000) : null;
		Long priceMax = priceMin != null && random.nextBoolean() ? priceMin + random.nextInt(15_000_000) : null;
		Integer mileageMax = random.nextInt(4) == 0 ? random.nextInt(200_000) : null;
		List<String> grades = random.nextInt(4) == 0 ? List.of(String.valueOf(1 + random.nextInt(5))) : List.of();
		return new ListingQuery(null, makes, List.of(), powertrains, cities, List.of(), List.of(), yearMin, null, priceMin,
				priceMax, null, mileageMax, SortOrder.RELEVANCE, 0, 20, grades, random.nextInt(4) == 0, random.nextInt(6) == 0,
				false, random.nextInt(4) == 0 ? (random.nextBoolean() ? 80 : 65 + random.nextInt(30)) : null);
	}

	private Map<String, Long> expected(ListingQuery query, Facet facet) {
		Map<String, Long> counts = new HashMap<>();
		List<IndexedListing> base = truth.values().stream().filter(matches(query, facet)).toList();
		if (facet == Facet.PRICE || facet == Facet.MILEAGE) {
			long[] bounds = facet == Facet.PRICE ? Facet.PRICE_BOUNDS_FEN : Facet.MILEAGE_BOUNDS_KM;
			for (int i = 0; i < bounds.length; i++) {
				long low = bounds[i];
				long high = i + 1 < bounds.length ? bounds[i + 1] : Long.MAX_VALUE;
				long count = base.stream().mapToLong(l -> facet == Facet.PRICE ? l.priceFen() : l.mileageKm())
						.filter(v -> v >= low && v < high).count();
				counts.put(low + "-" + (high == Long.MAX_VALUE ? "" : high), count);
			}
			return counts;
		}
		if (facet == Facet.CONDITION) {
			List<IndexedListing.Condition> inspected = base.stream().map(IndexedListing::condition).filter(c -> c != null).toList();
			counts.put("ACCIDENT_FREE", inspected.stream().filter(c -> !c.accident()).count());
			counts.put("FLOOD_FREE", inspected.stream().filter(c -> !c.flood()).count());
			counts.put("FIRE_FREE", inspected.stream().filter(c -> !c.fire()).count());
			counts.values().removeIf(count -> count == 0);
			return counts;
		}
		if (facet == Facet.BATTERY) {
			for (int threshold : Facet.SOH_THRESHOLDS) {
				counts.put(String.valueOf(threshold),
						base.stream().filter(l -> l.sohPercent() != null && l.sohPercent() >= threshold).count());
			}
			counts.values().removeIf(count -> count == 0);
			return counts;
		}
		base.stream().map(listing -> listing.term(facet)).filter(term -> term != null)
				.forEach(term -> counts.merge(term, 1L, Long::sum));
		return counts;
	}

	private static Predicate<IndexedListing> matches(ListingQuery q, Facet leftOut) {
		List<Predicate<IndexedListing>> all = new ArrayList<>();
		if (leftOut != Facet.MAKE && !q.makes().isEmpty()) {
			all.add(l -> q.makes().contains(l.make()));
		}
		if (leftOut != Facet.CITY && !q.cities().isEmpty()) {
			all.add(l -> q.cities().contains(l.city()));
		}
		if (leftOut != Facet.POWERTRAIN && !q.powertrains().isEmpty()) {
			all.add(l -> q.powertrains().contains(l.powertrain()));
		}
		if (leftOut != Facet.YEAR && q.yearMin() != null) {
			all.add(l -> l.year() >= q.yearMin());
		}
		if (leftOut != Facet.PRICE && q.priceMinFen() != null) {
			all.add(l -> l.priceFen() >= q.priceMinFen() && (q.priceMaxFen() == null || l.priceFen() <= q.priceMaxFen()));
		}
		if (leftOut != Facet.MILEAGE && q.mileageMaxKm() != null) {
			all.add(l -> l.mileageKm() <= q.mileageMaxKm());
		}
		if (leftOut != Facet.GRADE && !q.grades().isEmpty()) {
			all.add(l -> l.condition() != null && q.grades().contains(String.valueOf(l.condition().grade())));
		}
		if (leftOut != Facet.CONDITION && (q.noAccident() || q.noFlood() || q.noFire())) {
			all.add(l -> l.condition() != null && !(q.noAccident() && l.condition().accident())
					&& !(q.noFlood() && l.condition().flood()) && !(q.noFire() && l.condition().fire()));
		}
		if (leftOut != Facet.BATTERY && q.sohMin() != null) {
			all.add(l -> l.sohPercent() != null && l.sohPercent() >= q.sohMin());
		}
		return l -> all.stream().allMatch(p -> p.test(l));
	}

	private static Map<String, Long> asMap(List<FacetValue> values) {
		Map<String, Long> map = new HashMap<>();
		values.forEach(v -> {
			if (v.min() != null || v.count() > 0) {
				map.put(v.value(), v.count());
			}
		});
		return map;
	}
}
