package org.clearlot.gbt32960.realtime;

/** State of a drive motor. */
public enum MotorState {
	/** Drawing power. */
	CONSUMING(0x01),
	/** Regenerating. */
	GENERATING(0x02),
	OFF(0x03),
	/** Ready, neither drawing nor generating. */
	READY(0x04);

	private final int code;

	MotorState(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static MotorState of(int code) {
		for (MotorState value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final MotorState[] VALUES = values();
}
