package org.clearlot.gbt32960.realtime;

/** State of a DC-DC converter. */
public enum DcDcState {
	WORKING(0x01),
	OFF(0x02);

	private final int code;

	DcDcState(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static DcDcState of(int code) {
		for (DcDcState value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final DcDcState[] VALUES = values();
}
