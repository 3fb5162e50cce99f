package org.clearlot.gbt32960.realtime;

/** Coordinate system of a 2025 position block. */
public enum CoordinateSystem {
	WGS84(0x01),
	/** China's GCJ-02 datum. */
	GCJ02(0x02),
	OTHER(0x03);

	private final int code;

	CoordinateSystem(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static CoordinateSystem of(int code) {
		for (CoordinateSystem value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final CoordinateSystem[] VALUES = values();
}
