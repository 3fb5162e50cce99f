package org.clearlot.simulator;

import java.time.Duration;

/**
 * Faults a vehicle carries into the simulation.
 *
 * @param weakCell          one cell has 5–12 % less capacity and more resistance (a larger voltage spread at the
 *                          ends of the SOC range)
 * @param insulationFault   insulation resistance falls on wet days, sometimes below the alarm threshold
 * @param thermalEventAfter a thermal runaway begins at the first active moment this long after the fleet's epoch,
 *                          after which the vehicle reports no more; null for none
 */
public record Defects(boolean weakCell, boolean insulationFault, Duration thermalEventAfter) {

	/** No faults. */
	public static final Defects NONE = new Defects(false, false, null);
}
