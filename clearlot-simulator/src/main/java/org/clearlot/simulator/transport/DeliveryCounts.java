package org.clearlot.simulator.transport;

import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of a transport run, and the summary they make. */
public final class DeliveryCounts {

	private final AtomicLong readings = new AtomicLong();
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong acknowledged = new AtomicLong();
	private final AtomicLong duplicates = new AtomicLong();
	private final AtomicLong rejected = new AtomicLong();
	private final AtomicLong errors = new AtomicLong();
	private final AtomicLong resent = new AtomicLong();
	private final AtomicLong latestSecond = new AtomicLong(Long.MIN_VALUE);
	private final long startNanos = System.nanoTime();

	/** Notes how far (in simulated time, epoch seconds) the stream has got. */
	public void reached(long epochSecond) {
		latestSecond.accumulateAndGet(epochSecond, Math::max);
	}

	/** The latest simulated second reached, or {@link Long#MIN_VALUE}. */
	public long latestSecond() {
		return latestSecond.get();
	}

	public void readings(long n) {
		readings.addAndGet(n);
	}

	public void sent(long n) {
		sent.addAndGet(n);
	}

	public void acknowledged(long n) {
		acknowledged.addAndGet(n);
	}

	public void duplicates(long n) {
		duplicates.addAndGet(n);
	}

	public void rejected(long n) {
		rejected.addAndGet(n);
	}

	public void error() {
		errors.incrementAndGet();
	}

	public void resent(long n) {
		resent.addAndGet(n);
	}

	public long acknowledgedSoFar() {
		return acknowledged.get();
	}

	public long readingsSoFar() {
		return readings.get();
	}

	public Summary summary() {
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		return new Summary(readings.get(), sent.get(), acknowledged.get(), duplicates.get(), rejected.get(), errors.get(),
				resent.get(), seconds);
	}

	/**
	 * What a run delivered.
	 *
	 * @param readings     readings taken from the simulation
	 * @param sent         frames or readings written to the wire (resends included)
	 * @param acknowledged acknowledged by the receiver (HTTP: accepted; GB/T: frames acknowledged)
	 * @param duplicates   reported as duplicates by the receiver
	 * @param rejected     rejected by the receiver
	 * @param errors       transport errors (failed requests, dropped connections, error responses)
	 * @param resent       frames sent again after a reconnect
	 * @param seconds      wall-clock duration
	 */
	public record Summary(long readings, long sent, long acknowledged, long duplicates, long rejected, long errors,
			long resent, double seconds) {

		/** Acknowledged per second of wall-clock time. */
		public double acknowledgedPerSecond() {
			return seconds > 0 ? acknowledged / seconds : 0;
		}
	}
}
