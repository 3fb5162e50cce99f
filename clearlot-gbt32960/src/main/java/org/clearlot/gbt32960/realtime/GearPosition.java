package org.clearlot.gbt32960.realtime;

/** Gear, the low four bits of the vehicle block's gear byte. */
public enum GearPosition {
	NEUTRAL(0),
	GEAR_1(1),
	GEAR_2(2),
	GEAR_3(3),
	GEAR_4(4),
	GEAR_5(5),
	GEAR_6(6),
	GEAR_7(7),
	GEAR_8(8),
	GEAR_9(9),
	GEAR_10(10),
	GEAR_11(11),
	GEAR_12(12),
	REVERSE(13),
	DRIVE(14),
	PARK(15);

	private final int code;

	GearPosition(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The gear with this code (0–15), or {@code null}. */
	public static GearPosition of(int code) {
		for (GearPosition value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final GearPosition[] VALUES = values();
}
