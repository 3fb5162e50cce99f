package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * One parked charging session and what it says about the pack's capacity. The capacity window runs from the
 * session's first SOC step to its last (the moments the reported whole-percent SOC ticked up), so the SOC points
 * between them are known to within the sampling interval rather than to ±1 point; the charge counted in that window
 * divided by its SOC points is the usable capacity. {@code capacityAh} is null when the session is not usable, and
 * {@code rejection} says why.
 *
 * @param completed whether the BMS reported the charge complete at 100 % (where it re-anchors its SOC to full)
 * @param anchored whether it also started after a long rest (from an OCV-corrected SOC): both ends of its window
 *     are then the BMS's best readings rather than its running count
 */
public record ChargeSession(Kind kind, Instant startedAt, Instant endedAt, double startSoc, double endSoc, double chargedAh,
		double chargedKwh, int windowSoc, double windowAh, double windowKwh, double meanTempC, Duration restBefore,
		boolean completed, boolean anchored, Double capacityAh, Double energyKwh, String rejection) {

	/** A parked charging session, or the stretch between two SOC anchors (see {@link AnchorWindows}). */
	public enum Kind {
		SESSION, ANCHOR_WINDOW
	}

	public boolean usable() {
		return capacityAh != null;
	}
}
