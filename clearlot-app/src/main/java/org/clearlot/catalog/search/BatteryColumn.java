package org.clearlot.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.roaringbitmap.RoaringBitmap;

/**
 * The battery states of health of the {@link FacetIndex}: a bitmap per facet threshold (at least 90, 80, 70 %) for
 * counting, and each slot's value for filters at any threshold, which walk only the slots with an estimate. A car
 * without an estimate (not electrified, or too little telemetry yet) meets no threshold. Not thread-safe; the index
 * locks.
 */
final class BatteryColumn {

	private final RoaringBitmap estimated = new RoaringBitmap();
	private final RoaringBitmap[] atLeast = new RoaringBitmap[Facet.SOH_THRESHOLDS.size()];
	private double[] sohOfSlot;

	BatteryColumn(int capacity) {
		for (int i = 0; i < atLeast.length; i++) {
			atLeast[i] = new RoaringBitmap();
		}
		sohOfSlot = new double[capacity];
	}

	void grow(int capacity) {
		sohOfSlot = Arrays.copyOf(sohOfSlot, capacity);
	}

	void add(int slot, Double soh) {
		if (soh == null) {
			return;
		}
		estimated.add(slot);
		sohOfSlot[slot] = soh;
		for (int i = 0; i < atLeast.length; i++) {
			if (soh >= Facet.SOH_THRESHOLDS.get(i)) {
				atLeast[i].add(slot);
			}
		}
	}

	void remove(int slot) {
		estimated.remove(slot);
		for (RoaringBitmap bitmap : atLeast) {
			bitmap.remove(slot);
		}
	}

	/** The slots whose state of health is at least {@code min} percent. */
	RoaringBitmap atLeast(int min) {
		int threshold = Facet.SOH_THRESHOLDS.indexOf(min);
		if (threshold >= 0) {
			return atLeast[threshold].clone();
		}
		RoaringBitmap result = new RoaringBitmap();
		estimated.forEach((int slot) -> {
			if (sohOfSlot[slot] >= min) {
				result.add(slot);
			}
		});
		return result;
	}

	/** How many of the base slots meet each threshold. */
	List<FacetValue> count(RoaringBitmap base) {
		List<FacetValue> values = new ArrayList<>();
		for (int i = 0; i < atLeast.length; i++) {
			values.add(FacetValue.term(Integer.toString(Facet.SOH_THRESHOLDS.get(i)),
					RoaringBitmap.andCardinality(base, atLeast[i])));
		}
		return values;
	}
}
