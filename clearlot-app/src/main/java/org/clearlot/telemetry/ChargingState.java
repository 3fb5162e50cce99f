package org.clearlot.telemetry;

/** Whether and how the traction battery is being charged, as GB/T 32960 reports it (wire values 1–4). */
public enum ChargingState {
	PARKED_CHARGING(1), DRIVING_CHARGING(2), NOT_CHARGING(3), CHARGE_COMPLETE(4);

	private final int code;

	ChargingState(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** The state for a wire or database code; null for anything else (abnormal or invalid). */
	public static ChargingState ofCode(int code) {
		for (ChargingState state : values()) {
			if (state.code == code) {
				return state;
			}
		}
		return null;
	}
}
