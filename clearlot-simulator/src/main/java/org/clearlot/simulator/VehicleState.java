package org.clearlot.simulator;

/** The vehicle's power state as the terminal reports it (GB/T 32960 whole-vehicle state). */
public enum VehicleState {
	ON, OFF, OTHER
}
