package org.clearlot.telemetry;

import java.util.List;

/**
 * What became of a batch of readings: how many were stored, how many were already stored (same vehicle and
 * collection time), and which were refused, by their index in the batch, with the reason.
 */
public record IngestResult(int accepted, int duplicates, List<Rejection> rejected) {

	public IngestResult {
		rejected = List.copyOf(rejected);
	}

	/** A reading that was not stored. */
	public record Rejection(int index, String reason) {
	}
}
