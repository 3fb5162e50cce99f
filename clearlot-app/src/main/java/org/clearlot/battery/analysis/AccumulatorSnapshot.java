package org.clearlot.battery.analysis;

import java.time.Instant;
import java.util.List;

/**
 * Everything an {@link Accumulator} knows, to save and restore it: totals, the last reading, the session and alarms
 * in progress. A pure value; its JSON form is what is stored per vehicle and in daily checkpoints.
 */
public record AccumulatorSnapshot(long readings, Instant firstAt, Sample last, Throughput.Values throughput,
		TemperatureExposure.Values exposure, OpenSession session, List<OpenEvent> events, double odometerKm,
		WindowCounters counters, List<AnchorPoint> anchors) {

	public AccumulatorSnapshot {
		events = events == null ? List.of() : List.copyOf(events);
		anchors = anchors == null ? List.of() : List.copyOf(anchors);
		counters = counters == null ? WindowCounters.ZERO : counters;
	}

	/** The state before any reading. */
	public static AccumulatorSnapshot empty() {
		return new AccumulatorSnapshot(0, null, null, null, null, null, List.of(), Double.NaN, WindowCounters.ZERO,
				List.of());
	}

	/** When the newest reading taken into account was collected; null before the first. */
	public Instant lastAt() {
		return last == null ? null : last.at();
	}
}
