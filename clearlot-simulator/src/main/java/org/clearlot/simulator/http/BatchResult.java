package org.clearlot.simulator.http;

import java.util.List;

/**
 * The server's answer to one batch (HTTP 202).
 *
 * @param accepted   readings stored
 * @param duplicates readings it already had
 * @param rejected   readings it refused, with their index in the batch and the reason
 */
public record BatchResult(int accepted, int duplicates, List<Rejection> rejected) {

	public BatchResult {
		rejected = rejected == null ? List.of() : List.copyOf(rejected);
	}

	/** One refused reading. */
	public record Rejection(int index, String reason) {
	}
}
