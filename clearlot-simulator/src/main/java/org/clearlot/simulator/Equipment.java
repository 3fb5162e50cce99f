package org.clearlot.simulator;

/**
 * What a vehicle is built with, as far as it matters for energy and heat.
 *
 * @param massKg        mass with one occupant
 * @param dragAreaM2    drag coefficient × frontal area
 * @param maxAcKw       on-board charger limit
 * @param maxDcKw       peak DC charging power the pack accepts
 * @param liquidCooling liquid-cooled pack (otherwise air or passive: hotter on fast charges, larger spread)
 * @param heatPump      heat-pump cabin heating
 * @param plugInHybrid  a plug-in hybrid whose engine sustains the charge at low SOC
 */
public record Equipment(double massKg, double dragAreaM2, double maxAcKw, double maxDcKw, boolean liquidCooling,
		boolean heatPump, boolean plugInHybrid) {
}
