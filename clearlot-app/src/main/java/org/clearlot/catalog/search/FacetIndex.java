package org.clearlot.catalog.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.roaringbitmap.RoaringBitmap;

/**
 * Facet counts for a million listings in a few milliseconds. Every active listing gets a slot; for every facet
 * value there is a compressed bitmap (RoaringBitmap) of the slots that have it, and price and mileage are also kept
 * in fine steps for range filters. A query's filters become bitmaps; a facet's counts are the sizes of the
 * intersections of "every filter but this facet's own" with each value's bitmap. The index mirrors the ACTIVE
 * listings in PostgreSQL: {@link FacetIndexMaintenance} loads it at start and applies every committed change.
 */
public class FacetIndex {

	static final long PRICE_STEP_FEN = 100_000;
	static final int MILEAGE_STEP_KM = 1_000;
	private static final Set<Facet> TERM_FACETS = Set.of(Facet.MAKE, Facet.MODEL, Facet.POWERTRAIN, Facet.CITY,
			Facet.YEAR, Facet.EMISSION_STANDARD, Facet.BODY_TYPE);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Map<Long, Integer> slotOfListing = new HashMap<>();
	private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
	private IndexedListing[] listings = new IndexedListing[1024];
	private int nextSlot;
	private final RoaringBitmap active = new RoaringBitmap();
	private final Map<Facet, Map<String, RoaringBitmap>> terms = new EnumMap<>(Facet.class);
	private final Map<Long, RoaringBitmap> priceSteps = new HashMap<>();
	private final Map<Long, RoaringBitmap> mileageSteps = new HashMap<>();
	private final RoaringBitmap[] priceBuckets = buckets(Facet.PRICE_BOUNDS_FEN.length);
	private final RoaringBitmap[] mileageBuckets = buckets(Facet.MILEAGE_BOUNDS_KM.length);

	public FacetIndex() {
		TERM_FACETS.forEach(facet -> terms.put(facet, new HashMap<>()));
	}

	/** Adds or replaces a listing; a listing already indexed with the same values costs only a read. */
	void put(IndexedListing listing) {
		if (isIndexedAs(listing)) {
			return;
		}
		lock.writeLock().lock();
		try {
			removeLocked(listing.id());
			int slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.pop();
			if (slot >= listings.length) {
				listings = Arrays.copyOf(listings, listings.length * 2);
			}
			listings[slot] = listing;
			slotOfListing.put(listing.id(), slot);
			active.add(slot);
			for (Facet facet : TERM_FACETS) {
				terms.get(facet).computeIfAbsent(listing.term(facet), k -> new RoaringBitmap()).add(slot);
			}
			priceSteps.computeIfAbsent(listing.priceFen() / PRICE_STEP_FEN, k -> new RoaringBitmap()).add(slot);
			mileageSteps.computeIfAbsent((long) listing.mileageKm() / MILEAGE_STEP_KM, k -> new RoaringBitmap()).add(slot);
			priceBuckets[bucket(Facet.PRICE_BOUNDS_FEN, listing.priceFen())].add(slot);
			mileageBuckets[bucket(Facet.MILEAGE_BOUNDS_KM, listing.mileageKm())].add(slot);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private boolean isIndexedAs(IndexedListing listing) {
		lock.readLock().lock();
		try {
			Integer slot = slotOfListing.get(listing.id());
			return slot != null && listing.equals(listings[slot]);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Removes a listing that is no longer on sale; unknown ids are ignored. */
	void remove(long listingId) {
		lock.readLock().lock();
		try {
			if (!slotOfListing.containsKey(listingId)) {
				return;
			}
		}
		finally {
			lock.readLock().unlock();
		}
		lock.writeLock().lock();
		try {
			removeLocked(listingId);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void removeLocked(long listingId) {
		Integer slot = slotOfListing.remove(listingId);
		if (slot == null) {
			return;
		}
		IndexedListing old = listings[slot];
		listings[slot] = null;
		active.remove(slot);
		for (Facet facet : TERM_FACETS) {
			RoaringBitmap bitmap = terms.get(facet).get(old.term(facet));
			bitmap.remove(slot);
			if (bitmap.isEmpty()) {
				terms.get(facet).remove(old.term(facet));
			}
		}
		priceSteps.get(old.priceFen() / PRICE_STEP_FEN).remove(slot);
		mileageSteps.get((long) old.mileageKm() / MILEAGE_STEP_KM).remove(slot);
		priceBuckets[bucket(Facet.PRICE_BOUNDS_FEN, old.priceFen())].remove(slot);
		mileageBuckets[bucket(Facet.MILEAGE_BOUNDS_KM, old.mileageKm())].remove(slot);
		freeSlots.push(slot);
	}

	public int size() {
		lock.readLock().lock();
		try {
			return active.getCardinality();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Total and facet counts for a query without text; each facet's counts leave out that facet's own filter. */
	Counts count(ListingQuery query, Set<Facet> facets) {
		lock.readLock().lock();
		try {
			Map<Facet, RoaringBitmap> filters = filters(query);
			RoaringBitmap all = intersect(filters, null);
			Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
			for (Facet facet : facets) {
				RoaringBitmap base = filters.containsKey(facet) ? intersect(filters, facet) : all;
				counts.put(facet.apiName(), facet.ordered(countsOf(facet, base)));
			}
			return new Counts(all.getLongCardinality(), counts);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** A query's total and facet counts. */
	record Counts(long total, Map<String, List<FacetValue>> facets) {
	}

	private Map<Facet, RoaringBitmap> filters(ListingQuery q) {
		Map<Facet, RoaringBitmap> filters = new EnumMap<>(Facet.class);
		anyOf(filters, Facet.MAKE, q.makes());
		anyOf(filters, Facet.MODEL, q.models());
		anyOf(filters, Facet.POWERTRAIN, q.powertrains());
		anyOf(filters, Facet.CITY, q.cities());
		anyOf(filters, Facet.EMISSION_STANDARD, q.emissionStandards());
		anyOf(filters, Facet.BODY_TYPE, q.bodyTypes());
		if (q.yearMin() != null || q.yearMax() != null) {
			int min = q.yearMin() == null ? Integer.MIN_VALUE : q.yearMin();
			int max = q.yearMax() == null ? Integer.MAX_VALUE : q.yearMax();
			RoaringBitmap years = new RoaringBitmap();
			terms.get(Facet.YEAR).forEach((year, bitmap) -> {
				int value = Integer.parseInt(year);
				if (value >= min && value <= max) {
					years.or(bitmap);
				}
			});
			filters.put(Facet.YEAR, years);
		}
		if (q.priceMinFen() != null || q.priceMaxFen() != null) {
			filters.put(Facet.PRICE, range(priceSteps, PRICE_STEP_FEN, q.priceMinFen(), q.priceMaxFen(), IndexedListing::priceFen));
		}
		if (q.mileageMinKm() != null || q.mileageMaxKm() != null) {
			filters.put(Facet.MILEAGE, range(mileageSteps, MILEAGE_STEP_KM, toLong(q.mileageMinKm()), toLong(q.mileageMaxKm()),
					listing -> listing.mileageKm()));
		}
		return filters;
	}

	private void anyOf(Map<Facet, RoaringBitmap> filters, Facet facet, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		RoaringBitmap union = new RoaringBitmap();
		for (String value : values) {
			RoaringBitmap bitmap = terms.get(facet).get(value);
			if (bitmap != null) {
				union.or(bitmap);
			}
		}
		filters.put(facet, union);
	}

	/** Slots whose value lies in [min, max]: whole steps inside the range, exact checks in the two edge steps. */
	private RoaringBitmap range(Map<Long, RoaringBitmap> steps, long step, Long min, Long max,
			java.util.function.ToLongFunction<IndexedListing> value) {
		long low = min == null ? Long.MIN_VALUE : min;
		long high = max == null ? Long.MAX_VALUE : max;
		RoaringBitmap result = new RoaringBitmap();
		for (Map.Entry<Long, RoaringBitmap> entry : steps.entrySet()) {
			long stepLow = entry.getKey() * step;
			long stepHigh = stepLow + step - 1;
			if (stepHigh < low || stepLow > high) {
				continue;
			}
			if (stepLow >= low && stepHigh <= high) {
				result.or(entry.getValue());
			}
			else {
				entry.getValue().forEach((int slot) -> {
					long v = value.applyAsLong(listings[slot]);
					if (v >= low && v <= high) {
						result.add(slot);
					}
				});
			}
		}
		return result;
	}

	private RoaringBitmap intersect(Map<Facet, RoaringBitmap> filters, Facet leftOut) {
		RoaringBitmap result = active;
		boolean copied = false;
		for (Map.Entry<Facet, RoaringBitmap> filter : filters.entrySet()) {
			if (filter.getKey() == leftOut) {
				continue;
			}
			result = copied ? and(result, filter.getValue()) : RoaringBitmap.and(result, filter.getValue());
			copied = true;
		}
		return result;
	}

	private static RoaringBitmap and(RoaringBitmap owned, RoaringBitmap other) {
		owned.and(other);
		return owned;
	}

	private List<FacetValue> countsOf(Facet facet, RoaringBitmap base) {
		List<FacetValue> values = new ArrayList<>();
		switch (facet) {
			case PRICE -> rangeCounts(values, priceBuckets, Facet.PRICE_BOUNDS_FEN, base);
			case MILEAGE -> rangeCounts(values, mileageBuckets, Facet.MILEAGE_BOUNDS_KM, base);
			default -> terms.get(facet).forEach((term, bitmap) -> {
				long count = RoaringBitmap.andCardinality(base, bitmap);
				if (count > 0) {
					values.add(FacetValue.term(term, count));
				}
			});
		}
		return values;
	}

	private static void rangeCounts(List<FacetValue> values, RoaringBitmap[] buckets, long[] bounds, RoaringBitmap base) {
		for (int i = 0; i < bounds.length; i++) {
			Long max = i + 1 < bounds.length ? bounds[i + 1] : null;
			String label = bounds[i] + "-" + (max == null ? "" : max);
			values.add(new FacetValue(label, RoaringBitmap.andCardinality(base, buckets[i]), bounds[i], max));
		}
	}

	private static int bucket(long[] bounds, long value) {
		int bucket = 0;
		while (bucket + 1 < bounds.length && value >= bounds[bucket + 1]) {
			bucket++;
		}
		return bucket;
	}

	private static RoaringBitmap[] buckets(int count) {
		RoaringBitmap[] buckets = new RoaringBitmap[count];
		for (int i = 0; i < count; i++) {
			buckets[i] = new RoaringBitmap();
		}
		return buckets;
	}

	private static Long toLong(Integer value) {
		return value == null ? null : value.longValue();
	}
}
