package org.clearlot.simulator;

/**
 * General alarm flags with their GB/T 32960 bit numbers (the same names as the codec's {@code GeneralAlarm}).
 * {@link #THERMAL_EVENT} exists only in the 2025 revision; a 2016 transport reports it as alarm level 3 with
 * {@link #BATTERY_HIGH_TEMPERATURE}.
 */
public enum AlarmFlag {
	TEMPERATURE_DIFFERENCE(0),
	BATTERY_HIGH_TEMPERATURE(1),
	STORAGE_OVER_VOLTAGE(2),
	STORAGE_UNDER_VOLTAGE(3),
	SOC_LOW(4),
	CELL_OVER_VOLTAGE(5),
	CELL_UNDER_VOLTAGE(6),
	SOC_HIGH(7),
	SOC_JUMP(8),
	STORAGE_MISMATCH(9),
	POOR_CELL_CONSISTENCY(10),
	INSULATION(11),
	STORAGE_OVER_CHARGE(18),
	THERMAL_EVENT(23);

	private final int bit;

	AlarmFlag(int bit) {
		this.bit = bit;
	}

	/** Bit number in the general alarm flags DWORD. */
	public int bit() {
		return bit;
	}
}
