package org.clearlot.gbt32960.realtime;

/** Vehicle state, first byte of the vehicle block. */
public enum VehicleState {
	ON(0x01),
	OFF(0x02),
	OTHER(0x03);

	private final int code;

	VehicleState(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static VehicleState of(int code) {
		for (VehicleState value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final VehicleState[] VALUES = values();
}
