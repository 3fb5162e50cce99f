package org.clearlot.simulator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which general alarms a BMS raises for a reading, and the resulting alarm level (1 informational, 2 degraded,
 * 3 stop now, 4 thermal event). Thresholds are typical BMS settings, not values from the standard.
 */
final class Alarms {

	static final int HIGH_TEMPERATURE_C = 55;
	static final int SEVERE_TEMPERATURE_C = 65;
	static final int TEMPERATURE_DIFFERENCE_C = 12;
	static final int SOC_LOW_PERCENT = 8;
	static final int POOR_CONSISTENCY_MV = 250;

	private Alarms() {
	}

	/** The flags and level; {@code thermalEvent} is the BMS's thermal-runaway detection. */
	static Result evaluate(Chemistry chemistry, int maxProbe, int minProbe, int maxCellMv, int minCellMv,
			int socPercent, int insulationKohm, double packVoltage, boolean socJump, boolean thermalEvent) {
		EnumSet<AlarmFlag> flags = EnumSet.noneOf(AlarmFlag.class);
		int level = 0;
		if (maxProbe >= HIGH_TEMPERATURE_C) {
			flags.add(AlarmFlag.BATTERY_HIGH_TEMPERATURE);
			level = Math.max(level, maxProbe >= SEVERE_TEMPERATURE_C ? 3 : 2);
		}
		if (maxProbe - minProbe >= TEMPERATURE_DIFFERENCE_C) {
			flags.add(AlarmFlag.TEMPERATURE_DIFFERENCE);
			level = Math.max(level, 1);
		}
		if (socJump) {
			flags.add(AlarmFlag.SOC_JUMP);
			level = Math.max(level, 1);
		}
		if (socPercent <= SOC_LOW_PERCENT) {
			flags.add(AlarmFlag.SOC_LOW);
			level = Math.max(level, 1);
		}
		if (maxCellMv - minCellMv >= POOR_CONSISTENCY_MV) {
			flags.add(AlarmFlag.POOR_CELL_CONSISTENCY);
			level = Math.max(level, 1);
		}
		double cutoff = chemistry == Chemistry.LFP ? 2500 : 2800;
		if (minCellMv < cutoff) {
			flags.add(AlarmFlag.CELL_UNDER_VOLTAGE);
			level = Math.max(level, 2);
		}
		if (insulationKohm < 0.5 * packVoltage) {
			flags.add(AlarmFlag.INSULATION);
			level = Math.max(level, insulationKohm < 0.1 * packVoltage ? 3 : 2);
		}
		if (thermalEvent) {
			flags.add(AlarmFlag.THERMAL_EVENT);
			level = 4;
		}
		return new Result(level, flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(flags));
	}

	record Result(int level, Set<AlarmFlag> flags) {
	}
}
