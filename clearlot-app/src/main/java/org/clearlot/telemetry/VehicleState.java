package org.clearlot.telemetry;

/** The vehicle's state as GB/T 32960 reports it (wire values 1–3). */
public enum VehicleState {
	ON(1), OFF(2), OTHER(3);

	private final int code;

	VehicleState(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** The state for a wire or database code; null for anything else (abnormal or invalid). */
	public static VehicleState ofCode(int code) {
		for (VehicleState state : values()) {
			if (state.code == code) {
				return state;
			}
		}
		return null;
	}
}
