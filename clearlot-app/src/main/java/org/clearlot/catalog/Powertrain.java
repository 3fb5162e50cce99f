package org.clearlot.catalog;

/** How a car is propelled. Range-extended EVs (EREV) count as PHEV. */
public enum Powertrain {
	/** Internal combustion engine only. */
	ICE,
	/** Hybrid that cannot be plugged in. */
	HEV,
	/** Plug-in hybrid, including range extenders. */
	PHEV,
	/** Battery electric. */
	BEV;

	/** Whether the car carries a traction battery that Clearlot tracks (a battery passport applies). */
	public boolean hasTractionBattery() {
		return this == PHEV || this == BEV;
	}
}
