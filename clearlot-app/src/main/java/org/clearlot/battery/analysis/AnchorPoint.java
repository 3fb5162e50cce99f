package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * A moment the BMS's SOC was anchored (a full charge, or the first reading after a rest), with the running charge
 * counters at that moment, so that a window from it to any later anchor is a difference of counters. Saved in
 * {@link AccumulatorSnapshot}.
 */
record AnchorPoint(Instant at, double soc, boolean full, Duration restBefore, WindowCounters counters) {
}
