package org.clearlot.inspection.grading;

/** Places above the water reference line checked for water rust or marks (CADA passenger-car appraisal spec). */
public enum FloodIndicator {
	CARPET, FLOOR_HARNESS, UNDER_SEAT, SEAT_RAILS, SEAT_BELT_ANCHORS, FUSE_BOX, FIREWALL, SPARE_WHEEL_WELL,
	DOOR_TRIM_LOWER, ECU_CONNECTORS
}
