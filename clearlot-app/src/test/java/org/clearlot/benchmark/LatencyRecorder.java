package org.clearlot.benchmark;

import java.util.Arrays;

/** Collects latencies of one query type and reports percentiles (nearest-rank) in milliseconds. */
final class LatencyRecorder {

	private final String name;
	private long[] nanos = new long[1024];
	private int count;

	LatencyRecorder(String name) {
		this.name = name;
	}

	void record(long elapsedNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = elapsedNanos;
	}

	/** Adds another recorder's latencies (one per worker thread, merged at the end). */
	void merge(LatencyRecorder other) {
		for (int i = 0; i < other.count; i++) {
			record(other.nanos[i]);
		}
	}

	String name() {
		return name;
	}

	int count() {
		return count;
	}

	double percentileMillis(double percentile) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * count);
		return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
	}
}
