package org.clearlot.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The GB/T 30323 tradability checks (table 1) of a car's latest current inspection report.
 *
 * @param failedChecks names of the checks that did not pass, e.g. {@code notMortgagedOrSupervised}; empty when all
 *        eight passed
 */
public record TradabilityVerdict(UUID reportId, Instant signedAt, List<String> failedChecks) {

	public TradabilityVerdict {
		failedChecks = List.copyOf(failedChecks);
	}

	public boolean tradable() {
		return failedChecks.isEmpty();
	}
}
