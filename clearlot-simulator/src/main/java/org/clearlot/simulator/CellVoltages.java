package org.clearlot.simulator;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/** The voltages of every series cell of a pack, in whole millivolts (the GB/T 32960 resolution); immutable. */
public final class CellVoltages {

	private final short[] millivolts;

	CellVoltages(short[] millivolts) {
		this.millivolts = millivolts;
	}

	/** Cell voltages from millivolt values (copied). */
	public static CellVoltages ofMillivolts(int... millivolts) {
		short[] copy = new short[millivolts.length];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = (short) millivolts[i];
		}
		return new CellVoltages(copy);
	}

	public int size() {
		return millivolts.length;
	}

	/** The voltage of cell {@code index} (0-based) in millivolts. */
	public int millivolts(int index) {
		return millivolts[index];
	}

	/** The voltage of cell {@code index} (0-based) in volts. */
	public double volts(int index) {
		return millivolts[index] / 1000.0;
	}

	/** 0-based index of the highest cell (the first one on ties). */
	public int indexOfMax() {
		int best = 0;
		for (int i = 1; i < millivolts.length; i++) {
			if (millivolts[i] > millivolts[best]) {
				best = i;
			}
		}
		return best;
	}

	/** 0-based index of the lowest cell (the first one on ties). */
	public int indexOfMin() {
		int best = 0;
		for (int i = 1; i < millivolts.length; i++) {
			if (millivolts[i] < millivolts[best]) {
				best = i;
			}
		}
		return best;
	}

	/** A copy of the values in millivolts. */
	public int[] toMillivoltArray() {
		int[] values = new int[millivolts.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = millivolts[i];
		}
		return values;
	}

	/** A read-only view in volts. */
	public List<Double> asVolts() {
		return new AbstractList<>() {
			@Override
			public Double get(int index) {
				return volts(index);
			}

			@Override
			public int size() {
				return millivolts.length;
			}
		};
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CellVoltages that && Arrays.equals(millivolts, that.millivolts);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(millivolts);
	}

	@Override
	public String toString() {
		return "CellVoltages" + Arrays.toString(millivolts) + " mV";
	}
}
