package org.clearlot.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.roaringbitmap.RoaringBitmap;

/**
 * One term facet of the {@link FacetIndex} (make, city, year …): a bitmap of slots per value, and each slot's value
 * as a small integer code so that a few slots can be counted by walking them. Not thread-safe; the index locks.
 */
final class TermColumn {

	private final Map<String, RoaringBitmap> bitmaps = new HashMap<>();
	private final Map<String, Integer> codes = new HashMap<>();
	private final List<String> termOfCode = new ArrayList<>();
	private int[] codeOfSlot;

	TermColumn(int capacity) {
		codeOfSlot = new int[capacity];
	}

	void grow(int capacity) {
		codeOfSlot = Arrays.copyOf(codeOfSlot, capacity);
	}

	/** Adds a slot's value; a null value (such as no grade for a car never inspected) is not counted anywhere. */
	void add(int slot, String term) {
		if (term == null) {
			codeOfSlot[slot] = -1;
			return;
		}
		bitmaps.computeIfAbsent(term, k -> new RoaringBitmap()).add(slot);
		codeOfSlot[slot] = codes.computeIfAbsent(term, k -> {
			termOfCode.add(k);
			return termOfCode.size() - 1;
		});
	}

	void remove(int slot, String term) {
		if (term == null) {
			return;
		}
		RoaringBitmap bitmap = bitmaps.get(term);
		bitmap.remove(slot);
		if (bitmap.isEmpty()) {
			bitmaps.remove(term);
		}
	}

	/** Slots having any of the values. */
	RoaringBitmap anyOf(Collection<String> values) {
		return matching(values::contains);
	}

	/** Slots whose value satisfies the condition. */
	RoaringBitmap matching(Predicate<String> condition) {
		RoaringBitmap union = new RoaringBitmap();
		bitmaps.forEach((term, bitmap) -> {
			if (condition.test(term)) {
				union.or(bitmap);
			}
		});
		return union;
	}

	/**
	 * Counts values among a few slots by reading each slot's code. With {@code withZeros}, every value some active
	 * listing has is listed, also when none of these slots has it.
	 */
	List<FacetValue> countByWalking(int[] slots, boolean withZeros) {
		long[] counts = new long[termOfCode.size()];
		for (int slot : slots) {
			int code = codeOfSlot[slot];
			if (code >= 0) {
				counts[code]++;
			}
		}
		List<FacetValue> values = new ArrayList<>();
		for (int code = 0; code < counts.length; code++) {
			String term = termOfCode.get(code);
			if (counts[code] > 0 || withZeros && bitmaps.containsKey(term)) {
				values.add(FacetValue.term(term, counts[code]));
			}
		}
		return values;
	}

	/** Counts values among many slots by intersecting with each value's bitmap. */
	List<FacetValue> countByIntersecting(RoaringBitmap base, boolean withZeros) {
		List<FacetValue> values = new ArrayList<>();
		bitmaps.forEach((term, bitmap) -> {
			long count = RoaringBitmap.andCardinality(base, bitmap);
			if (count > 0 || withZeros) {
				values.add(FacetValue.term(term, count));
			}
		});
		return values;
	}

	/** The values that active listings have. */
	Set<String> values() {
		return Set.copyOf(bitmaps.keySet());
	}
}
