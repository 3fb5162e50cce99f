package org.clearlot.gbt32960.realtime;

/** Charging state, second byte of the vehicle block. */
public enum ChargingState {
	PARKED_CHARGING(0x01),
	DRIVING_CHARGING(0x02),
	NOT_CHARGING(0x03),
	CHARGE_COMPLETE(0x04);

	private final int code;

	ChargingState(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static ChargingState of(int code) {
		for (ChargingState value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final ChargingState[] VALUES = values();
}
