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
 * @param anchored whether the session started after a long rest (an OCV-corrected SOC) or ended fully charged
 */
public record ChargeSession(Instant startedAt, Instant endedAt, double startSoc, double endSoc, double chargedAh,
		double chargedKwh, int windowSoc, double windowAh, double windowKwh, double meanTempC, Duration restBefore,
		boolean completed, boolean anchored, Double capacityAh, Double energyKwh, String rejection) {

	public boolean usable() {
		return capacityAh != null;
	}
}
