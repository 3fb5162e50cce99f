package org.clearlot.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * One numeric facet of the {@link FacetIndex} (price, mileage): bitmaps of the fixed facet buckets for counting, and
 * bitmaps of fine steps for range filters with arbitrary bounds, which are exact because the two edge steps are
 * checked value by value. Not thread-safe; the index locks.
 */
final class RangeColumn {

	private final long[] bounds;
	private final long step;
	private final RoaringBitmap[] buckets;
	private final TreeMap<Long, RoaringBitmap> steps = new TreeMap<>();
	private byte[] bucketOfSlot;
	private long[] valueOfSlot;

	RangeColumn(long[] bounds, long step, int capacity) {
		this.bounds = bounds;
		this.step = step;
		this.buckets = new RoaringBitmap[bounds.length];
		for (int i = 0; i < bounds.length; i++) {
			buckets[i] = new RoaringBitmap();
		}
		this.bucketOfSlot = new byte[capacity];
		this.valueOfSlot = new long[capacity];
	}

	void grow(int capacity) {
		bucketOfSlot = Arrays.copyOf(bucketOfSlot, capacity);
		valueOfSlot = Arrays.copyOf(valueOfSlot, capacity);
	}

	void add(int slot, long value) {
		int bucket = bucketOf(value);
		buckets[bucket].add(slot);
		bucketOfSlot[slot] = (byte) bucket;
		valueOfSlot[slot] = value;
		steps.computeIfAbsent(Math.floorDiv(value, step), k -> new RoaringBitmap()).add(slot);
	}

	void remove(int slot) {
		long value = valueOfSlot[slot];
		buckets[bucketOfSlot[slot]].remove(slot);
		RoaringBitmap bitmap = steps.get(Math.floorDiv(value, step));
		bitmap.remove(slot);
		if (bitmap.isEmpty()) {
			steps.remove(Math.floorDiv(value, step));
		}
	}

	long valueOf(int slot) {
		return valueOfSlot[slot];
	}

	/** Slots whose value lies in [min, max]; either bound may be open. */
	RoaringBitmap between(Long min, Long max) {
		long low = min == null ? Long.MIN_VALUE : min;
		long high = max == null ? Long.MAX_VALUE : max;
		if (low > high) {
			return new RoaringBitmap();
		}
		List<RoaringBitmap> whole = new ArrayList<>();
		RoaringBitmap edges = new RoaringBitmap();
		for (Map.Entry<Long, RoaringBitmap> entry : steps.subMap(Math.floorDiv(low, step), true, Math.floorDiv(high, step), true).entrySet()) {
			long stepLow = entry.getKey() * step;
			long stepHigh = stepLow + step - 1;
			if (stepLow >= low && stepHigh <= high) {
				whole.add(entry.getValue());
			}
			else {
				entry.getValue().forEach((int slot) -> {
					if (valueOfSlot[slot] >= low && valueOfSlot[slot] <= high) {
						edges.add(slot);
					}
				});
			}
		}
		whole.add(edges);
		return FastAggregation.or(whole.iterator());
	}

	List<FacetValue> countByWalking(int[] slots) {
		long[] counts = new long[bounds.length];
		for (int slot : slots) {
			counts[bucketOfSlot[slot]]++;
		}
		return values(counts);
	}

	List<FacetValue> countByIntersecting(RoaringBitmap base) {
		long[] counts = new long[bounds.length];
		for (int i = 0; i < bounds.length; i++) {
			counts[i] = RoaringBitmap.andCardinality(base, buckets[i]);
		}
		return values(counts);
	}

	private List<FacetValue> values(long[] counts) {
		List<FacetValue> values = new ArrayList<>();
		for (int i = 0; i < bounds.length; i++) {
			Long max = i + 1 < bounds.length ? bounds[i + 1] : null;
			values.add(new FacetValue(bounds[i] + "-" + (max == null ? "" : max), counts[i], bounds[i], max));
		}
		return values;
	}

	private int bucketOf(long value) {
		int bucket = 0;
		while (bucket + 1 < bounds.length && value >= bounds[bucket + 1]) {
			bucket++;
		}
		return bucket;
	}
}
