package org.clearlot.simulator;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One vehicle's readings between two instants, produced lazily (only the vehicle's current state is held), in time
 * order. A reading is due when the terminal is awake (the vehicle is on or charging) every reporting interval from
 * wake-up, every alarm interval while the alarm level is 3 or more; a parked, switched-off vehicle reports nothing.
 * {@link #truth()} tells the TRUE battery state at the moment of the last reading (or at the end, once exhausted).
 * Not thread-safe.
 */
public final class VehicleRun implements Iterator<Reading> {

	private final Simulation sim;
	private final ReadingFactory factory;
	private final long from;
	private final long until;
	private final long interval;
	private final long alarmInterval;
	private long nextReportAt = Long.MAX_VALUE;
	private Reading pending;
	private boolean finished;

	VehicleRun(Simulation sim, Instant from, Instant until, Reporting reporting) {
		this.sim = sim;
		this.factory = new ReadingFactory(sim, reporting.averageCurrent());
		this.from = from.getEpochSecond();
		this.until = until.getEpochSecond();
		this.interval = reporting.interval().toSeconds();
		this.alarmInterval = reporting.alarmInterval().toSeconds();
		if (sim.now() < this.from) {
			advance(this.from, false);
		}
	}

	@Override
	public boolean hasNext() {
		if (pending == null && !finished) {
			pending = advance(until, true);
			finished = pending == null;
		}
		return pending != null;
	}

	@Override
	public Reading next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Reading reading = pending;
		pending = null;
		return reading;
	}

	/** The vehicle this run simulates. */
	public VehicleSpec vehicle() {
		return sim.spec();
	}

	/** The TRUE battery state now: at the last reading returned, or at the end instant once the run is exhausted. */
	public BatteryTruth truth() {
		return sim.truth();
	}

	/** Runs to {@code end} (no later than the run's end), skipping the readings in between. */
	public void skipTo(Instant end) {
		pending = null;
		advance(Math.min(until, end.getEpochSecond()), false);
	}

	private Reading advance(long end, boolean emit) {
		while (!sim.failed()) {
			if (!sim.awake()) {
				nextReportAt = Long.MAX_VALUE;
				long wake = sim.nextWake();
				if (wake >= end) {
					sim.sleepUntil(end);
					return null;
				}
				sim.sleepUntil(wake);
				sim.wake();
				nextReportAt = sim.now();
			}
			if (sim.now() >= end) {
				return null;
			}
			if (sim.now() >= nextReportAt) {
				if (emit && sim.now() >= from) {
					Reading reading = factory.reading();
					nextReportAt = sim.now() + (reading.alarmLevel() >= 3 ? alarmInterval : interval);
					return reading;
				}
				nextReportAt = sim.now() + interval;
			}
			if (factory.severe() && nextReportAt > sim.now() + alarmInterval) {
				nextReportAt = sim.now() + alarmInterval;
			}
			sim.tick();
		}
		return null;
	}
}
