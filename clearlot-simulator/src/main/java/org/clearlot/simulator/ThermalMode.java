package org.clearlot.simulator;

/** What the pack's thermal system may do in a second. */
enum ThermalMode {
	/** Nothing (asleep, or a terminal awake after charging). */
	PASSIVE,
	/** Cool when hot (driving or standing switched on). */
	COOL,
	/** Cool when hot, heat when cold (plugged in: the charger powers the heater). */
	CHARGING
}
