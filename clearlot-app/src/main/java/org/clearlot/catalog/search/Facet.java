package org.clearlot.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.util.common.data.Range;

/**
 * The facets offered next to search results: which index field each counts and how its counts are presented.
 * Price and mileage are counted in fixed buckets; the others by value.
 */
public enum Facet {
	MAKE("make", "vehicle.make", 100),
	MODEL("model", "vehicle.model", 200),
	POWERTRAIN("powertrain", "vehicle.powertrain", 10),
	CITY("city", "city", 100),
	YEAR("year", "vehicle.year", 60),
	EMISSION_STANDARD("emissionStandard", "vehicle.emissionStandard", 10),
	BODY_TYPE("bodyType", "vehicle.bodyType", 10),
	PRICE("price", "priceFen", 0),
	MILEAGE("mileage", "mileageKm", 0),
	/** The latest inspection report's GB/T 30323 grade, 1–5. */
	GRADE("grade", "vehicle.grade", 10),
	/** Inspected cars free of an accident, flood or fire verdict; counted, not aggregated by Lucene. */
	CONDITION("condition", null, 0),
	/** Electrified cars whose battery passport estimates a state of health of at least 90, 80 or 70 %; counted. */
	BATTERY("battery", "vehicle.batterySoh", 0);

	/** The values of the condition facet. */
	public static final List<String> CONDITIONS = List.of("ACCIDENT_FREE", "FLOOD_FREE", "FIRE_FREE");

	/** The thresholds of the battery facet, in percent of state of health: "at least 90", "at least 80", … */
	public static final List<Integer> SOH_THRESHOLDS = List.of(90, 80, 70);

	/** Price buckets in fen: under ¥50k, ¥50–100k, ¥100–150k, ¥150–200k, ¥200–300k, ¥300k and more. */
	static final long[] PRICE_BOUNDS_FEN = { 0, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 30_000_000 };

	/** Mileage buckets in km: under 10k, 10–30k, 30–60k, 60–100k, 100k and more. */
	static final long[] MILEAGE_BOUNDS_KM = { 0, 10_000, 30_000, 60_000, 100_000 };

	private final String apiName;
	private final String field;
	private final int maxTerms;
	private final AggregationKey<Map<Object, Long>> key;

	Facet(String apiName, String field, int maxTerms) {
		this.apiName = apiName;
		this.field = field;
		this.maxTerms = maxTerms;
		this.key = AggregationKey.of(apiName);
	}

	public String apiName() {
		return apiName;
	}

	/**
	 * Whether the facet lists every value on the market, with zero where the other filters exclude it. Models are
	 * listed only when some of the chosen makes' cars have them.
	 */
	boolean listsZeros() {
		return this != MODEL && this != CONDITION && this != BATTERY;
	}

	String field() {
		return field;
	}

	AggregationKey<Map<Object, Long>> key() {
		return key;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SearchAggregation<Map<Object, Long>> aggregation(SearchAggregationFactory f) {
		return switch (this) {
			case PRICE -> (SearchAggregation) f.range().field(field, Long.class).ranges(ranges(PRICE_BOUNDS_FEN)).toAggregation();
			case MILEAGE -> (SearchAggregation) f.range().field(field, Integer.class).ranges(intRanges(MILEAGE_BOUNDS_KM)).toAggregation();
			case YEAR, GRADE -> (SearchAggregation) f.terms().field(field, Integer.class).maxTermCount(maxTerms).toAggregation();
			case CONDITION, BATTERY -> throw new IllegalStateException("The " + apiName + " facet is counted by queries, not aggregated");
			default -> (SearchAggregation) f.terms().field(field, String.class, ValueModel.INDEX).maxTermCount(maxTerms).toAggregation();
		};
	}

	/** Turns the raw aggregation result into ordered facet values. */
	@SuppressWarnings("unchecked")
	List<FacetValue> values(Map<Object, Long> counts) {
		List<FacetValue> values = new ArrayList<>();
		switch (this) {
			case PRICE, MILEAGE -> counts.forEach((range, count) -> values.add(rangeValue((Range<? extends Number>) range, count)));
			default -> counts.forEach((value, count) -> values.add(FacetValue.term(String.valueOf(value), count)));
		}
		return ordered(values);
	}

	/** Orders values for display: ranges by bound, years newest first, everything else by count then name. */
	List<FacetValue> ordered(List<FacetValue> values) {
		Comparator<FacetValue> order = switch (this) {
			case PRICE, MILEAGE -> Comparator.comparing(v -> v.min() == null ? Long.MIN_VALUE : v.min());
			case YEAR -> Comparator.comparing(FacetValue::value).reversed();
			case GRADE -> Comparator.comparing(FacetValue::value);
			case CONDITION -> Comparator.comparing(v -> CONDITIONS.indexOf(v.value()));
			case BATTERY -> Comparator.comparing(v -> SOH_THRESHOLDS.indexOf(Integer.valueOf(v.value())));
			default -> Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
		};
		values.sort(order);
		return values;
	}

	private static FacetValue rangeValue(Range<? extends Number> range, long count) {
		Long min = range.lowerBoundValue().map(Number::longValue).orElse(null);
		Long max = range.upperBoundValue().map(Number::longValue).orElse(null);
		String label = (min == null ? "" : min) + "-" + (max == null ? "" : max);
		return new FacetValue(label, count, min, max);
	}

	private static List<Range<Long>> ranges(long[] bounds) {
		List<Range<Long>> ranges = new ArrayList<>();
		for (int i = 0; i < bounds.length; i++) {
			ranges.add(i + 1 < bounds.length ? Range.canonical(bounds[i], bounds[i + 1]) : Range.atLeast(bounds[i]));
		}
		return ranges;
	}

	private static List<Range<Integer>> intRanges(long[] bounds) {
		List<Range<Integer>> ranges = new ArrayList<>();
		for (int i = 0; i < bounds.length; i++) {
			ranges.add(i + 1 < bounds.length ? Range.canonical((int) bounds[i], (int) bounds[i + 1])
					: Range.atLeast((int) bounds[i]));
		}
		return ranges;
	}
}
