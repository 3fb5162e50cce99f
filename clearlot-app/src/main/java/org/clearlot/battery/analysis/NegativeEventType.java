package org.clearlot.battery.analysis;

import java.util.List;

/**
 * The negative events a battery passport lists, each from a GB/T 32960 general alarm (by its name in the reading's
 * {@code alarmFlags}); a thermal event is also any reading at alarm level 4, which GB/T 32960-2025 forces for one.
 */
public enum NegativeEventType {
	THERMAL_EVENT("THERMAL_EVENT"),
	BATTERY_HIGH_TEMPERATURE("BATTERY_HIGH_TEMPERATURE"),
	TEMPERATURE_DIFFERENCE("TEMPERATURE_DIFFERENCE"),
	OVER_CHARGE("STORAGE_OVER_CHARGE"),
	INSULATION_FAULT("INSULATION"),
	SOC_JUMP("SOC_JUMP");

	private final String alarm;

	NegativeEventType(String alarm) {
		this.alarm = alarm;
	}

	/** The events these alarm names stand for, one bit per event type (by ordinal). */
	static int mask(List<String> alarms) {
		int mask = 0;
		for (String name : alarms) {
			for (NegativeEventType type : values()) {
				if (type.alarm.equals(name)) {
					mask |= 1 << type.ordinal();
				}
			}
		}
		return mask;
	}

	boolean presentIn(Sample sample) {
		boolean flagged = (sample.eventMask() & (1 << ordinal())) != 0;
		return this == THERMAL_EVENT ? flagged || sample.alarmLevel() >= 4 : flagged;
	}
}
