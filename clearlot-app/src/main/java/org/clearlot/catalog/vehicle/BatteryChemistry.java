package org.clearlot.catalog.vehicle;

/** Traction battery cell chemistries. */
public enum BatteryChemistry {
	/** Lithium iron phosphate. */
	LFP,
	/** Nickel cobalt manganese (ternary). */
	NCM,
	/** Nickel cobalt aluminium (ternary). */
	NCA,
	/** Lithium manganese oxide. */
	LMO,
	/** Nickel metal hydride (older hybrids). */
	NIMH
}
