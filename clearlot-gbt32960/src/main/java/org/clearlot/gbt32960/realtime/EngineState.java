package org.clearlot.gbt32960.realtime;

/** State of the combustion engine (2016 engine block). */
public enum EngineState {
	ON(0x01),
	OFF(0x02);

	private final int code;

	EngineState(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static EngineState of(int code) {
		for (EngineState value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final EngineState[] VALUES = values();
}
