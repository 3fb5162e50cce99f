package org.clearlot.simulator;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * The readings of many vehicles merged in time order: holds one pending reading per vehicle (a priority queue), so
 * memory grows with the number of vehicles, not with time. Not thread-safe.
 */
public final class FleetRun implements Iterator<Reading> {

	private final List<VehicleRun> runs;
	private final PriorityQueue<Head> heads;
	private long order;

	FleetRun(List<VehicleRun> runs) {
		this.runs = List.copyOf(runs);
		this.heads = new PriorityQueue<>(Math.max(1, runs.size()), Comparator.comparingLong((Head h) -> h.second)
				.thenComparingLong(h -> h.order));
		for (VehicleRun run : this.runs) {
			offer(run, order++);
		}
	}

	private void offer(VehicleRun run, long position) {
		if (run.hasNext()) {
			Reading reading = run.next();
			heads.add(new Head(reading, reading.ts().toEpochSecond(), run, position));
		}
	}

	@Override
	public boolean hasNext() {
		return !heads.isEmpty();
	}

	@Override
	public Reading next() {
		Head head = heads.poll();
		if (head == null) {
			throw new NoSuchElementException();
		}
		offer(head.run, head.order);
		return head.reading;
	}

	/** The per-vehicle runs, for their {@link VehicleRun#truth()} once this is exhausted. */
	public List<VehicleRun> runs() {
		return runs;
	}

	/** A sequential, lazy stream of the remaining readings. */
	public Stream<Reading> stream() {
		return Fleet.stream(this);
	}

	private record Head(Reading reading, long second, VehicleRun run, long order) {
	}
}
