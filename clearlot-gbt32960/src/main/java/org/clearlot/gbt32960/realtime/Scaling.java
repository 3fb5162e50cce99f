package org.clearlot.gbt32960.realtime;

import org.clearlot.gbt32960.Revision;

/** Raw-to-physical conversions (physical = raw × factor + offset) that test the sentinels first, and back. */
final class Scaling {

	private Scaling() {
	}

	static double ofByte(int raw, double factor, double offset) {
		return raw < 0 || raw >= 0xFE ? Double.NaN : raw * factor + offset;
	}

	static double ofWord(int raw, double factor, double offset) {
		return raw < 0 || raw >= 0xFFFE ? Double.NaN : raw * factor + offset;
	}

	static double ofDword(long raw, double factor, double offset) {
		return raw < 0 || raw >= 0xFFFF_FFFEL ? Double.NaN : raw * factor + offset;
	}

	static int toByte(double value, double factor, double offset, String field) {
		return (int) toRaw(value, factor, offset, 0xFD, field);
	}

	static int toWord(double value, double factor, double offset, String field) {
		return (int) toRaw(value, factor, offset, 0xFFFD, field);
	}

	static long toDword(double value, double factor, double offset, String field) {
		return toRaw(value, factor, offset, 0xFFFF_FFFDL, field);
	}

	/** The offset of pack and subsystem currents: −1000 A in 2016, −3000 A in 2025. */
	static double currentOffset(Revision revision) {
		return revision == Revision.V2016 ? -1000 : -3000;
	}

	/** Checks a raw BYTE ({@code bytes} 1) or WORD (2) value against the codes below the sentinels. */
	static int checkRaw(int raw, int bytes, String field) {
		return checkRange(raw, (int) ((1L << (8 * bytes)) - 3), field);
	}

	/** Checks {@code 0 <= value <= max}. */
	static int checkRange(int value, int max, String field) {
		if (value < 0 || value > max) {
			throw new IllegalArgumentException(field + " must be 0.." + max + ": " + value);
		}
		return value;
	}

	private static long toRaw(double value, double factor, double offset, long max, String field) {
		double raw = Math.rint((value - offset) / factor);
		if (!(raw >= 0 && raw <= max)) {
			throw new IllegalArgumentException(field + " out of range: " + value);
		}
		return (long) raw;
	}
}
