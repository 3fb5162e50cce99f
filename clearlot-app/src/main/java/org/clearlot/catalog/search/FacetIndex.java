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
 * Facet counts for a million listings in a few milliseconds. Every active listing gets a slot; each facet is a column
 * with a compressed bitmap (RoaringBitmap) of the slots per value ({@link TermColumn}, {@link RangeColumn}). A query's
 * filters become bitmaps; a facet's counts are taken over "every filter but this facet's own", by walking the slots
 * when there are few and by intersecting with each value's bitmap when there are many. Every value on the market is
 * listed, with a zero count where the other filters exclude it (models only for the chosen makes). The index mirrors the ACTIVE
 * listings in PostgreSQL: {@link FacetIndexMaintenance} loads it at start and applies every committed change.
 */
public class FacetIndex {

	static final long PRICE_STEP_FEN = 500_000;
	static final long MILEAGE_STEP_KM = 1_000;

	/** Below this many slots, walking the slots beats intersecting bitmaps (a bitmap container holds 65,536). */
	private static final int SPARSE_BASE = 65_536;
	private static final Set<Facet> TERM_FACETS = Set.of(Facet.MAKE, Facet.MODEL, Facet.POWERTRAIN, Facet.CITY,
			Facet.YEAR, Facet.EMISSION_STANDARD, Facet.BODY_TYPE, Facet.GRADE);
	private static final int INITIAL_CAPACITY = 1024;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Map<Long, Integer> slotOfListing = new HashMap<>();
	private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
	private IndexedListing[] listings = new IndexedListing[INITIAL_CAPACITY];
	private long[] publishedAtOfSlot = new long[INITIAL_CAPACITY];
	private long[] idOfSlot = new long[INITIAL_CAPACITY];
	private int nextSlot;
	private final RoaringBitmap active = new RoaringBitmap();
	private final Map<Facet, TermColumn> terms = new EnumMap<>(Facet.class);
	private final RangeColumn prices = new RangeColumn(Facet.PRICE_BOUNDS_FEN, PRICE_STEP_FEN, INITIAL_CAPACITY);
	private final RangeColumn mileages = new RangeColumn(Facet.MILEAGE_BOUNDS_KM, MILEAGE_STEP_KM, INITIAL_CAPACITY);
	private final ConditionColumn conditions = new ConditionColumn();
	private final BatteryColumn batteries = new BatteryColumn(INITIAL_CAPACITY);

	public FacetIndex() {
		TERM_FACETS.forEach(facet -> terms.put(facet, new TermColumn(INITIAL_CAPACITY)));
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
				grow(listings.length * 2);
			}
			listings[slot] = listing;
			publishedAtOfSlot[slot] = listing.publishedAt();
			idOfSlot[slot] = listing.id();
			slotOfListing.put(listing.id(), slot);
			active.add(slot);
			terms.forEach((facet, column) -> column.add(slot, listing.term(facet)));
			prices.add(slot, listing.priceFen());
			mileages.add(slot, listing.mileageKm());
			conditions.add(slot, listing.condition());
			batteries.add(slot, listing.sohPercent());
		}
		finally {
			lock.writeLock().unlock();
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
		return evaluate(query, facets, 0, 0).counts();
	}

	/**
	 * Counts, and the ids of the listings on one page in the query's order (newest first, or by price or mileage
	 * with newest first among equals), for a query without text.
	 */
	Page evaluate(ListingQuery query, Set<Facet> facets, int offset, int limit) {
		lock.readLock().lock();
		try {
			Map<Facet, RoaringBitmap> filters = filters(query);
			RoaringBitmap base = registrable(query);
			RoaringBitmap all = intersect(base, filters, null);
			int[] top = TopSlots.select(all, offset + limit, order(query.sort()));
			List<Long> ids = new ArrayList<>();
			for (int i = offset; i < top.length; i++) {
				ids.add(idOfSlot[top[i]]);
			}
			return new Page(counts(base, filters, all, facets), ids);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * The listings a query may return at all: every active one, or only those whose emission standard the buyer's
	 * city accepts. Unlike a facet filter, no facet's counts leave this out.
	 */
	private RoaringBitmap registrable(ListingQuery query) {
		if (query.registrableStandards().isEmpty()) {
			return active;
		}
		Set<String> accepted = Set.copyOf(query.registrableStandards());
		return RoaringBitmap.and(active, terms.get(Facet.EMISSION_STANDARD).matching(accepted::contains));
	}

	private Counts counts(RoaringBitmap base, Map<Facet, RoaringBitmap> filters, RoaringBitmap all, Set<Facet> facets) {
		Map<Facet, List<FacetValue>> counted = new EnumMap<>(Facet.class);
		counted.putAll(countsOf(facets.stream().filter(facet -> !filters.containsKey(facet)).toList(), all));
		for (Facet facet : facets) {
			if (filters.containsKey(facet)) {
				counted.putAll(countsOf(List.of(facet), intersect(base, filters, facet)));
			}
		}
		Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
		facets.forEach(facet -> counts.put(facet.apiName(), facet.ordered(counted.get(facet))));
		return new Counts(all.getLongCardinality(), counts);
	}

	private TopSlots.SlotOrder order(SortOrder sort) {
		long[] published = publishedAtOfSlot;
		long[] ids = idOfSlot;
		TopSlots.SlotOrder newest = (a, b) -> {
			int byDate = Long.compare(published[b], published[a]);
			return byDate != 0 ? byDate : Long.compare(ids[b], ids[a]);
		};
		return switch (sort) {
			case PRICE_ASC -> thenNewest((a, b) -> Long.compare(prices.valueOf(a), prices.valueOf(b)), newest);
			case PRICE_DESC -> thenNewest((a, b) -> Long.compare(prices.valueOf(b), prices.valueOf(a)), newest);
			case MILEAGE_ASC -> thenNewest((a, b) -> Long.compare(mileages.valueOf(a), mileages.valueOf(b)), newest);
			case NEWEST, RELEVANCE -> newest;
		};
	}

	private static TopSlots.SlotOrder thenNewest(TopSlots.SlotOrder first, TopSlots.SlotOrder newest) {
		return (a, b) -> {
			int result = first.compare(a, b);
			return result != 0 ? result : newest.compare(a, b);
		};
	}

	/** The values of a term facet that listings on sale have right now. */
	Set<String> activeValues(Facet facet) {
		lock.readLock().lock();
		try {
			return terms.get(facet).values();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** A query's total and facet counts. */
	record Counts(long total, Map<String, List<FacetValue>> facets) {
	}

	/** Counts and the listing ids of one page, in order. */
	record Page(Counts counts, List<Long> listingIds) {
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

	private void removeLocked(long listingId) {
		Integer slot = slotOfListing.remove(listingId);
		if (slot == null) {
			return;
		}
		IndexedListing old = listings[slot];
		listings[slot] = null;
		active.remove(slot);
		terms.forEach((facet, column) -> column.remove(slot, old.term(facet)));
		prices.remove(slot);
		mileages.remove(slot);
		conditions.remove(slot);
		batteries.remove(slot);
		freeSlots.push(slot);
	}

	private void grow(int capacity) {
		listings = Arrays.copyOf(listings, capacity);
		publishedAtOfSlot = Arrays.copyOf(publishedAtOfSlot, capacity);
		idOfSlot = Arrays.copyOf(idOfSlot, capacity);
		terms.values().forEach(column -> column.grow(capacity));
		prices.grow(capacity);
		mileages.grow(capacity);
		batteries.grow(capacity);
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
			filters.put(Facet.YEAR, terms.get(Facet.YEAR).matching(year -> {
				int value = Integer.parseInt(year);
				return value >= min && value <= max;
			}));
		}
		if (q.priceMinFen() != null || q.priceMaxFen() != null) {
			filters.put(Facet.PRICE, prices.between(q.priceMinFen(), q.priceMaxFen()));
		}
		if (q.mileageMinKm() != null || q.mileageMaxKm() != null) {
			filters.put(Facet.MILEAGE, mileages.between(toLong(q.mileageMinKm()), toLong(q.mileageMaxKm())));
		}
		anyOf(filters, Facet.GRADE, q.grades());
		if (q.noAccident() || q.noFlood() || q.noFire()) {
			filters.put(Facet.CONDITION, conditions.free(q.noAccident(), q.noFlood(), q.noFire()));
		}
		if (q.sohMin() != null) {
			filters.put(Facet.BATTERY, batteries.atLeast(q.sohMin()));
		}
		return filters;
	}

	private void anyOf(Map<Facet, RoaringBitmap> filters, Facet facet, List<String> values) {
		if (!values.isEmpty()) {
			filters.put(facet, terms.get(facet).anyOf(values));
		}
	}

	/** The active slots passing every filter except {@code leftOut}'s; the shared bitmap itself when none apply. */
	private RoaringBitmap intersect(RoaringBitmap base, Map<Facet, RoaringBitmap> filters, Facet leftOut) {
		RoaringBitmap result = base;
		boolean owned = false;
		for (Map.Entry<Facet, RoaringBitmap> filter : filters.entrySet()) {
			if (filter.getKey() == leftOut) {
				continue;
			}
			if (owned) {
				result.and(filter.getValue());
			}
			else {
				result = RoaringBitmap.and(result, filter.getValue());
				owned = true;
			}
		}
		return result;
	}

	private Map<Facet, List<FacetValue>> countsOf(List<Facet> facets, RoaringBitmap base) {
		Map<Facet, List<FacetValue>> result = new EnumMap<>(Facet.class);
		if (base.getCardinality() <= SPARSE_BASE) {
			int[] slots = base.toArray();
			facets.forEach(facet -> result.put(facet, switch (facet) {
				case PRICE -> prices.countByWalking(slots);
				case MILEAGE -> mileages.countByWalking(slots);
				case CONDITION -> conditions.count(base);
				case BATTERY -> batteries.count(base);
				default -> terms.get(facet).countByWalking(slots, facet.listsZeros());
			}));
		}
		else {
			facets.forEach(facet -> result.put(facet, switch (facet) {
				case PRICE -> prices.countByIntersecting(base);
				case MILEAGE -> mileages.countByIntersecting(base);
				case CONDITION -> conditions.count(base);
				case BATTERY -> batteries.count(base);
				default -> terms.get(facet).countByIntersecting(base, facet.listsZeros());
			}));
		}
		return result;
	}

	private static Long toLong(Integer value) {
		return value == null ? null : value.longValue();
	}
}
