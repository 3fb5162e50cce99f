package org.clearlot.simulator;

/** Where a trip ends, which decides where the car can charge. */
enum Place {
	HOME, WORK, OTHER
}
