package org.clearlot.gbt32960.realtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clearlot.gbt32960.Revision;

/**
 * The cell voltages of one subsystem (2016, information type 08) or pack (2025, type 07, "minimum parallel unit"
 * voltages). The block is a count BYTE followed by one entry per subsystem. A 2016 frame carries at most 200 cells of
 * a subsystem; larger subsystems span frames, each naming its first cell ({@code startIndex}, from 1) and the
 * subsystem's {@code totalCells}; {@link org.clearlot.gbt32960.CellVoltageAssembler} joins them.
 *
 * <pre>
 * 2016: number | voltage WORD ×0.1 V | current WORD ×0.1 A −1000 | total cells WORD | start index WORD |
 *       cells in frame BYTE | cells × WORD mV
 *   01 1E 81 27 43 00 C0 00 01 C0 0F DD 0F DF ..   subsystem 1, 780.9 V, 5.1 A, 192 cells, from cell 1, 192 here:
 *                                                  4.061 V, 4.063 V ...
 * 2025: number | voltage WORD ×0.1 V | current WORD ×0.1 A −3000 | cells WORD | cells × WORD mV
 *   01 1B E2 75 46 00 B4 0F 75 0F 78 ..            pack 1, 713.8 V, 2.2 A, 180 cells: 3.957 V, 3.960 V ...
 * </pre>
 *
 * @param revision   the revision, which decides the current offset
 * @param number     subsystem or pack number
 * @param voltage    raw subsystem voltage
 * @param current    raw subsystem current
 * @param totalCells the subsystem's cell count (2016); in 2025 the number of values here
 * @param startIndex the 1-based number of the first cell in {@code millivolts} (2016); 1 in 2025
 * @param millivolts the raw cell voltages in mV (FFFE/FFFF sentinels kept); do not modify
 */
public record CellVoltages(Revision revision, int number, int voltage, int current, int totalCells, int startIndex,
		int[] millivolts) {

	/** The most cells a 2016 frame may carry per subsystem. */
	public static final int MAX_CELLS_PER_FRAME_2016 = 200;

	public CellVoltages {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(millivolts, "millivolts");
	}

	/** A whole subsystem or pack in one piece (split 2016 packs above 200 cells with {@link #split(int)}). */
	public static CellVoltages of(Revision revision, int number, double packVoltageV, double packCurrentA,
			int[] millivolts) {
		return new CellVoltages(revision, Scaling.checkRaw(number, 1, "subsystem number"),
				Scaling.toWord(packVoltageV, 0.1, 0, "subsystem voltage"),
				Scaling.toWord(packCurrentA, 0.1, Scaling.currentOffset(revision), "subsystem current"),
				millivolts.length, 1, millivolts);
	}

	/** The number of cell values in this block. */
	public int count() {
		return millivolts.length;
	}

	/** Voltage of the {@code i}-th value here (cell {@code startIndex + i}), {@code NaN} for a sentinel. */
	public double volts(int i) {
		return Scaling.ofWord(millivolts[i], 0.001, 0);
	}

	public double packVoltageV() {
		return Scaling.ofWord(voltage, 0.1, 0);
	}

	public double packCurrentA() {
		return Scaling.ofWord(current, 0.1, Scaling.currentOffset(revision));
	}

	/** Whether this block holds every cell of the subsystem. */
	public boolean complete() {
		return startIndex == 1 && millivolts.length == totalCells;
	}

	/**
	 * This subsystem cut into parts of at most {@code maxCellsPerFrame} cells, one per 2016 frame, with their start
	 * indexes set; a block that already fits comes back alone.
	 */
	public List<CellVoltages> split(int maxCellsPerFrame) {
		if (maxCellsPerFrame < 1) {
			throw new IllegalArgumentException("at least one cell per frame");
		}
		List<CellVoltages> parts = new ArrayList<>();
		for (int from = 0; from < millivolts.length || parts.isEmpty(); from += maxCellsPerFrame) {
			int to = Math.min(millivolts.length, from + maxCellsPerFrame);
			parts.add(new CellVoltages(revision, number, voltage, current, totalCells, startIndex + from,
					Arrays.copyOfRange(millivolts, from, to)));
		}
		return parts;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CellVoltages that && revision == that.revision && number == that.number
				&& voltage == that.voltage && current == that.current && totalCells == that.totalCells
				&& startIndex == that.startIndex && Arrays.equals(millivolts, that.millivolts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(revision, number, voltage, current, totalCells, startIndex) * 31
				+ Arrays.hashCode(millivolts);
	}

	@Override
	public String toString() {
		return "CellVoltages[revision=" + revision + ", number=" + number + ", voltage=" + voltage + ", current="
				+ current + ", totalCells=" + totalCells + ", startIndex=" + startIndex + ", millivolts="
				+ Arrays.toString(millivolts) + "]";
	}
}
