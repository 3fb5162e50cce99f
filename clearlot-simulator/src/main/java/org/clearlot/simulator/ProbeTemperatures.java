package org.clearlot.simulator;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/** The temperatures of every probe of a pack, in whole degrees Celsius (the GB/T 32960 resolution); immutable. */
public final class ProbeTemperatures {

	private final short[] celsius;

	ProbeTemperatures(short[] celsius) {
		this.celsius = celsius;
	}

	/** Probe temperatures from whole-degree values (copied). */
	public static ProbeTemperatures ofCelsius(int... celsius) {
		short[] copy = new short[celsius.length];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = (short) celsius[i];
		}
		return new ProbeTemperatures(copy);
	}

	public int size() {
		return celsius.length;
	}

	/** The temperature of probe {@code index} (0-based) in °C. */
	public int celsius(int index) {
		return celsius[index];
	}

	/** 0-based index of the hottest probe (the first one on ties). */
	public int indexOfMax() {
		int best = 0;
		for (int i = 1; i < celsius.length; i++) {
			if (celsius[i] > celsius[best]) {
				best = i;
			}
		}
		return best;
	}

	/** 0-based index of the coldest probe (the first one on ties). */
	public int indexOfMin() {
		int best = 0;
		for (int i = 1; i < celsius.length; i++) {
			if (celsius[i] < celsius[best]) {
				best = i;
			}
		}
		return best;
	}

	/** A copy of the values in °C. */
	public int[] toArray() {
		int[] values = new int[celsius.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = celsius[i];
		}
		return values;
	}

	/** A read-only view in °C. */
	public List<Integer> asList() {
		return new AbstractList<>() {
			@Override
			public Integer get(int index) {
				return (int) celsius[index];
			}

			@Override
			public int size() {
				return celsius.length;
			}
		};
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProbeTemperatures that && Arrays.equals(celsius, that.celsius);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(celsius);
	}

	@Override
	public String toString() {
		return "ProbeTemperatures" + Arrays.toString(celsius) + " °C";
	}
}
