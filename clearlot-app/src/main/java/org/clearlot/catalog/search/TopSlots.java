package org.clearlot.catalog.search;

import java.util.Arrays;

import org.roaringbitmap.RoaringBitmap;

/**
 * The first {@code k} slots of a bitmap in a given order, picked with a bounded binary heap of primitive ints: one
 * pass over the bitmap, no boxing, memory for {@code k} slots only.
 */
final class TopSlots {

	/** Orders slots: negative when the first comes before the second. */
	@FunctionalInterface
	interface SlotOrder {
		int compare(int first, int second);
	}

	private TopSlots() {
	}

	static int[] select(RoaringBitmap slots, int k, SlotOrder order) {
		if (k <= 0) {
			return new int[0];
		}
		int[] heap = new int[k];
		int[] size = { 0 };
		slots.forEach((int slot) -> {
			if (size[0] < k) {
				heap[size[0]] = slot;
				siftUp(heap, size[0]++, order);
			}
			else if (order.compare(slot, heap[0]) < 0) {
				heap[0] = slot;
				siftDown(heap, k, order);
			}
		});
		int[] top = Arrays.copyOf(heap, size[0]);
		Integer[] boxed = Arrays.stream(top).boxed().toArray(Integer[]::new);
		Arrays.sort(boxed, (a, b) -> order.compare(a, b));
		return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
	}

	/** The heap keeps the worst of the best k at its root. */
	private static void siftUp(int[] heap, int index, SlotOrder order) {
		while (index > 0) {
			int parent = (index - 1) / 2;
			if (order.compare(heap[index], heap[parent]) <= 0) {
				return;
			}
			swap(heap, index, parent);
			index = parent;
		}
	}

	private static void siftDown(int[] heap, int size, SlotOrder order) {
		int index = 0;
		while (true) {
			int left = 2 * index + 1;
			int right = left + 1;
			int worst = index;
			if (left < size && order.compare(heap[left], heap[worst]) > 0) {
				worst = left;
			}
			if (right < size && order.compare(heap[right], heap[worst]) > 0) {
				worst = right;
			}
			if (worst == index) {
				return;
			}
			swap(heap, index, worst);
			index = worst;
		}
	}

	private static void swap(int[] heap, int a, int b) {
		int tmp = heap[a];
		heap[a] = heap[b];
		heap[b] = tmp;
	}
}
