package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.clearlot.telemetry.TelemetryReading;

/**
 * One vehicle's battery analysis, fed its readings in collection-time order: throughput, temperature exposure,
 * parked charging sessions, anchor-to-anchor windows ({@link AnchorWindows}) and alarm runs. Finished sessions and alarms go to {@link Findings} as soon as they are
 * over; everything else stays in the accumulator, whose {@link #snapshot()} saves it. Readings are never integrated
 * across a gap longer than {@link AnalysisSettings#maxGap()}; a gap ends a session at its last reading. A reading
 * not later than the last one is ignored (callers rewind to a checkpoint to take late readings in).
 */
public final class Accumulator {

	private final AnalysisSettings settings;
	private final Throughput throughput;
	private final TemperatureExposure exposure;
	private final Map<NegativeEventType, OpenEvent> events = new EnumMap<>(NegativeEventType.class);
	private long readings;
	private Instant firstAt;
	private Sample last;
	private OpenSession session;
	private double odometerKm = Double.NaN;
	private final AnchorWindows windows;
	private WindowCounters counters;
	private List<AnchorPoint> anchors;

	/** An accumulator for a new vehicle; {@code flatOcv} for chemistries with a flat OCV curve (LFP). */
	public Accumulator(AnalysisSettings settings, boolean flatOcv) {
		this(settings, AccumulatorSnapshot.empty(), flatOcv);
	}

	public Accumulator(AnalysisSettings settings, AccumulatorSnapshot snapshot, boolean flatOcv) {
		this.settings = settings;
		this.windows = new AnchorWindows(settings, flatOcv);
		this.counters = snapshot.counters();
		this.anchors = snapshot.anchors();
		this.throughput = snapshot.throughput() == null ? new Throughput() : new Throughput(snapshot.throughput());
		this.exposure = new TemperatureExposure(settings.highTempLimitC(), settings.lowTempLimitC(),
				snapshot.exposure());
		this.readings = snapshot.readings();
		this.firstAt = snapshot.firstAt();
		this.last = snapshot.last();
		this.session = snapshot.session();
		this.odometerKm = snapshot.odometerKm();
		snapshot.events().forEach(event -> events.put(event.type(), event));
	}

	/** Takes one reading in. */
	public void accept(TelemetryReading reading, Findings findings) {
		Sample current = Sample.of(reading);
		if (last != null && !current.at().isAfter(last.at())) {
			return;
		}
		Duration since = last == null ? null : Duration.between(last.at(), current.at());
		boolean contiguous = since != null && since.compareTo(settings.maxGap()) <= 0;
		if (contiguous) {
			double seconds = since.toNanos() / 1e9;
			throughput.add(last, current, seconds / 3600);
			exposure.add(last, seconds);
		}
		session(current, since, contiguous, findings);
		if (contiguous) {
			counters = counters.next(last, current, since.toNanos() / 3.6e12);
		}
		else if (last != null && last.moving() && current.moving()) {
			// readings went missing while the car drove: charge went uncounted, so no window may span this
			anchors = List.of();
		}
		anchors = windows.advance(anchors, current, since, counters, findings);
		alarms(current, contiguous, findings);
		readings++;
		firstAt = firstAt == null ? current.at() : firstAt;
		odometerKm = reading.odometerKm() == null ? odometerKm : reading.odometerKm();
		last = current;
	}

	/** Ends a session and alarms whose last reading is older than the maximum gap before {@code now}. */
	public void closeIdle(Instant now, Findings findings) {
		if (last != null && Duration.between(last.at(), now).compareTo(settings.maxGap()) > 0) {
			if (session != null) {
				findings.session(session.close(false, settings));
				session = null;
			}
			events.values().forEach(event -> findings.event(event.close()));
			events.clear();
		}
	}

	/** When the newest reading taken in was collected; null before the first. */
	public Instant lastAt() {
		return last == null ? null : last.at();
	}

	public AccumulatorSnapshot snapshot() {
		return new AccumulatorSnapshot(readings, firstAt, last, throughput.values(), exposure.values(), session,
				new ArrayList<>(events.values()), odometerKm, counters, anchors);
	}

	private void session(Sample current, Duration since, boolean contiguous, Findings findings) {
		if (session != null) {
			if (contiguous && current.parkedCharging()) {
				session = session.next(last, current, since.toNanos() / 3.6e12);
				return;
			}
			boolean completed = contiguous && current.chargeComplete();
			if (completed) {
				session = session.next(last, current, since.toNanos() / 3.6e12);
			}
			findings.session(session.close(completed, settings));
			session = null;
		}
		if (current.parkedCharging()) {
			session = OpenSession.start(current, since == null ? Duration.ofDays(1) : since);
		}
	}

	private void alarms(Sample current, boolean contiguous, Findings findings) {
		for (NegativeEventType type : NegativeEventType.values()) {
			OpenEvent open = events.get(type);
			boolean present = type.presentIn(current);
			if (open != null && (!present || !contiguous)) {
				findings.event(open.close());
				events.remove(type);
				open = null;
			}
			if (present) {
				events.put(type, open == null ? OpenEvent.start(type, current) : open.next(current));
			}
		}
	}
}
