package org.clearlot.simulator;

/**
 * A decision to charge.
 *
 * @param dc         a DC fast charger (otherwise AC)
 * @param powerKw    the charger's power (AC: wall power; DC: station limit)
 * @param targetSoc  the SOC (0–1) the BMS should reach; 1 means full
 * @param stopAt     epoch second when the driver unplugs regardless (departure or a random interruption),
 *                   {@link Long#MAX_VALUE} for none
 * @param interrupted whether {@code stopAt} is a random interruption rather than a departure
 */
record ChargePlan(boolean dc, double powerKw, double targetSoc, long stopAt, boolean interrupted) {
}
