package org.clearlot.inspection.grading;

/** The 13 structural positions checked for accident damage (GB/T 30323 accident check). */
public enum StructuralPosition {
	SYMMETRY, LEFT_A_PILLAR, RIGHT_A_PILLAR, LEFT_B_PILLAR, RIGHT_B_PILLAR, LEFT_C_PILLAR, RIGHT_C_PILLAR,
	LEFT_FRONT_RAIL, RIGHT_FRONT_RAIL, LEFT_FRONT_SHOCK_TOWER, RIGHT_FRONT_SHOCK_TOWER, LEFT_REAR_SHOCK_TOWER,
	RIGHT_REAR_SHOCK_TOWER
}
