package org.clearlot.catalog.search;

import java.util.ArrayList;
import java.util.List;

import org.roaringbitmap.RoaringBitmap;

/**
 * The inspection verdicts of the {@link FacetIndex}: which slots' cars were inspected, and which were found an
 * accident, flood or fire car. "Accident-free" means inspected and not found an accident car; a car never inspected
 * is free of nothing. Not thread-safe; the index locks.
 */
final class ConditionColumn {

	private final RoaringBitmap inspected = new RoaringBitmap();
	private final RoaringBitmap accident = new RoaringBitmap();
	private final RoaringBitmap flood = new RoaringBitmap();
	private final RoaringBitmap fire = new RoaringBitmap();

	void add(int slot, IndexedListing.Condition condition) {
		if (condition == null) {
			return;
		}
		inspected.add(slot);
		if (condition.accident()) {
			accident.add(slot);
		}
		if (condition.flood()) {
			flood.add(slot);
		}
		if (condition.fire()) {
			fire.add(slot);
		}
	}

	void remove(int slot) {
		inspected.remove(slot);
		accident.remove(slot);
		flood.remove(slot);
		fire.remove(slot);
	}

	/** Inspected slots free of every chosen verdict. */
	RoaringBitmap free(boolean noAccident, boolean noFlood, boolean noFire) {
		RoaringBitmap result = inspected.clone();
		if (noAccident) {
			result.andNot(accident);
		}
		if (noFlood) {
			result.andNot(flood);
		}
		if (noFire) {
			result.andNot(fire);
		}
		return result;
	}

	/** How many of the base slots are accident-, flood- and fire-free. */
	List<FacetValue> count(RoaringBitmap base) {
		long inspectedInBase = RoaringBitmap.andCardinality(base, inspected);
		List<FacetValue> values = new ArrayList<>();
		values.add(FacetValue.term("ACCIDENT_FREE", inspectedInBase - RoaringBitmap.andCardinality(base, accident)));
		values.add(FacetValue.term("FLOOD_FREE", inspectedInBase - RoaringBitmap.andCardinality(base, flood)));
		values.add(FacetValue.term("FIRE_FREE", inspectedInBase - RoaringBitmap.andCardinality(base, fire)));
		return values;
	}
}
