package org.clearlot.inspection.history;

/** Where a mileage reading comes from. */
public enum MileageSource {
	/** A dealer's declaration when publishing a listing. */
	LISTING,
	/** An inspector's reading of the displayed odometer. */
	INSPECTION,
	/** The odometer recorded when a buyer took the car over. */
	HANDOVER,
	/** The odometer the car itself reported (GB/T 32960 or HTTP telemetry). */
	TELEMETRY
}
