package org.clearlot.gbt32960;

import java.util.EnumSet;

/**
 * The general alarm flags of the alarm block, a DWORD with one bit per alarm. Bits 0–18 exist in both revisions;
 * 2025 adds 19–27 (bit 23, a battery thermal event, forces alarm level 4).
 *
 * <pre>
 * 00 00 00 03     bits 0 and 1: TEMPERATURE_DIFFERENCE, BATTERY_HIGH_TEMPERATURE
 * </pre>
 */
public enum GeneralAlarm {
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
	DCDC_TEMPERATURE(12),
	BRAKE(13),
	DCDC_STATE(14),
	MOTOR_CONTROLLER_TEMPERATURE(15),
	HIGH_VOLTAGE_INTERLOCK(16),
	MOTOR_TEMPERATURE(17),
	STORAGE_OVER_CHARGE(18),
	/** 2025 only. */
	MOTOR_OVER_SPEED(19),
	/** 2025 only. */
	MOTOR_OVER_CURRENT(20),
	/** 2025 only. */
	SUPERCAP_OVER_TEMPERATURE(21),
	/** 2025 only. */
	SUPERCAP_OVER_VOLTAGE(22),
	/** 2025 only: battery thermal event. */
	THERMAL_EVENT(23),
	/** 2025 only. */
	HYDROGEN_LEAK(24),
	/** 2025 only: abnormal hydrogen system pressure. */
	HYDROGEN_PRESSURE(25),
	/** 2025 only: abnormal hydrogen system temperature. */
	HYDROGEN_TEMPERATURE(26),
	/** 2025 only: fuel cell stack over-temperature. */
	FUEL_CELL_STACK_OVER_TEMPERATURE(27);

	private static final GeneralAlarm[] BY_BIT = values();

	private final int bit;

	GeneralAlarm(int bit) {
		this.bit = bit;
	}

	/** The bit number in the flags DWORD. */
	public int bit() {
		return bit;
	}

	/** The flag as a mask. */
	public long mask() {
		return 1L << bit;
	}

	/** Whether {@code revision} defines this alarm. */
	public boolean definedIn(Revision revision) {
		return bit <= STORAGE_OVER_CHARGE.bit || revision == Revision.V2025;
	}

	/** The alarm of a bit number, or {@code null} for a reserved bit. */
	public static GeneralAlarm ofBit(int bit) {
		return bit >= 0 && bit < BY_BIT.length ? BY_BIT[bit] : null;
	}

	/** The alarms set in {@code flags} that {@code revision} defines; reserved bits are ignored. */
	public static EnumSet<GeneralAlarm> fromFlags(long flags, Revision revision) {
		EnumSet<GeneralAlarm> alarms = EnumSet.noneOf(GeneralAlarm.class);
		for (GeneralAlarm alarm : BY_BIT) {
			if ((flags & alarm.mask()) != 0 && alarm.definedIn(revision)) {
				alarms.add(alarm);
			}
		}
		return alarms;
	}
}
