package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearlot.gbt32960.realtime.CellVoltages;

/**
 * Joins the cell voltages of a 2016 subsystem that span frames (at most 200 cells per frame): parts with the same
 * VIN, subsystem number and collection time fill one array until every cell of {@code totalCells} has arrived. A
 * part with a newer or older time restarts its subsystem; parts that do not fit their declared total are ignored; the
 * oldest unfinished subsystems are dropped beyond {@code maxPending}. Not thread-safe: use one per connection or per
 * partition of the stream.
 *
 * <pre>{@code
 * CellVoltages whole = assembler.offer(vin, report.time(), part);   // null until the last part arrives
 * }</pre>
 */
public final class CellVoltageAssembler {

	private record Key(String vin, int subsystem) {
	}

	private static final class Pending {
		final LocalDateTime time;
		final int[] millivolts;
		final boolean[] filled;
		int count;

		Pending(LocalDateTime time, int totalCells) {
			this.time = time;
			this.millivolts = new int[totalCells];
			this.filled = new boolean[totalCells];
		}
	}

	private final Map<Key, Pending> pending;

	public CellVoltageAssembler() {
		this(1024);
	}

	/** @param maxPending how many unfinished subsystems to keep */
	public CellVoltageAssembler(int maxPending) {
		if (maxPending < 1) {
			throw new IllegalArgumentException("maxPending must be positive");
		}
		pending = new LinkedHashMap<>(16, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Pending> eldest) {
				return size() > maxPending;
			}
		};
	}

	/**
	 * Adds one frame's part of a subsystem.
	 *
	 * @return the whole subsystem (start index 1, every cell) once this part completes it, {@code part} itself if it
	 *         is already whole, otherwise {@code null}
	 */
	public CellVoltages offer(String vin, LocalDateTime time, CellVoltages part) {
		if (part.complete()) {
			return part;
		}
		int total = part.totalCells();
		int from = part.startIndex() - 1;
		if (total <= 0 || total >= 0xFFFE || from < 0 || from + part.count() > total) {
			return null;
		}
		Key key = new Key(vin, part.number());
		Pending entry = pending.get(key);
		if (entry == null || !entry.time.equals(time) || entry.millivolts.length != total) {
			entry = new Pending(time, total);
			pending.put(key, entry);
		}
		for (int i = 0; i < part.count(); i++) {
			entry.millivolts[from + i] = part.millivolts()[i];
			if (!entry.filled[from + i]) {
				entry.filled[from + i] = true;
				entry.count++;
			}
		}
		if (entry.count < total) {
			return null;
		}
		pending.remove(key);
		return new CellVoltages(part.revision(), part.number(), part.voltage(), part.current(), total, 1,
				entry.millivolts);
	}

	/** The number of subsystems waiting for parts. */
	public int pendingCount() {
		return pending.size();
	}
}
