package org.clearlot.simulator;

/** How a vehicle is used, which sets its trips, mileage and charging habits. */
public enum UsageProfile {
	/** Weekday commute, evening errands, weekend outings; 30–80 km a day. */
	COMMUTER,
	/** Ride-hailing or taxi: long shifts of short rides, 200–450 km a day, mostly DC fast charging. */
	RIDE_HAILING,
	/** Parked most of the week, longer trips at weekends. */
	WEEKEND
}
