package org.clearlot.simulator.transport;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds a stream back so that simulated time runs {@code speed} times faster than the wall clock (1 = real time);
 * {@link #unlimited()} never waits (benchmarks: as fast as the receiver acknowledges).
 */
public final class Pacer {

	private final double speed;
	private long simulatedStart = Long.MIN_VALUE;
	private long wallStartNanos;

	private Pacer(double speed) {
		this.speed = speed;
	}

	/** Simulated seconds per real second, the clocks aligned at the first thing sent. */
	public static Pacer of(double speed) {
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive: " + speed);
		}
		return new Pacer(speed);
	}

	/** Simulated seconds per real second, simulated time {@code start} being now. */
	public static Pacer startingAt(Instant start, double speed) {
		Pacer pacer = of(speed);
		if (pacer.limited()) {
			pacer.simulatedStart = start.getEpochSecond();
			pacer.wallStartNanos = System.nanoTime();
		}
		return pacer;
	}

	public static Pacer unlimited() {
		return new Pacer(Double.POSITIVE_INFINITY);
	}

	public boolean limited() {
		return speed != Double.POSITIVE_INFINITY;
	}

	/** How many nanoseconds to wait before sending something stamped {@code simulated}; 0 when it is due. */
	public synchronized long delayNanos(Instant simulated) {
		if (!limited()) {
			return 0;
		}
		long now = System.nanoTime();
		if (simulatedStart == Long.MIN_VALUE) {
			simulatedStart = simulated.getEpochSecond();
			wallStartNanos = now;
		}
		long due = wallStartNanos + (long) ((simulated.getEpochSecond() - simulatedStart) / speed * 1e9);
		return Math.max(0, due - now);
	}

	/** Blocks until something stamped {@code simulated} is due. */
	public void await(Instant simulated) {
		long delay;
		while ((delay = delayNanos(simulated)) > 0) {
			LockSupport.parkNanos(delay);
		}
	}
}
