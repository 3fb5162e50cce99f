package org.clearlot.gbt32960.realtime;

/** Running mode, third byte of the vehicle block. */
public enum RunningMode {
	/** Pure electric. */
	ELECTRIC(0x01),
	HYBRID(0x02),
	FUEL(0x03);

	private final int code;

	RunningMode(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static RunningMode of(int code) {
		for (RunningMode value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final RunningMode[] VALUES = values();
}
