package org.clearlot.simulator;

import java.util.Objects;

/**
 * Everything that makes one simulated vehicle: its identity, battery, the TRUE battery health at the fleet's epoch
 * and how it fades from there, and how and where it is used.
 *
 * @param vin              17-character VIN
 * @param pack             battery nameplate
 * @param startSoh         true state of health at the epoch: usable capacity / nominal capacity (0.5–1.05)
 * @param ageDays          the battery's age at the epoch, in equivalent days at reference conditions (the
 *                         calendar fade going forward follows √ of this age)
 * @param startOdometerKm  odometer at the epoch
 * @param fade             the vehicle's own fade rates
 * @param usage            usage profile
 * @param city             where it lives (climate, position)
 * @param homeCharging     whether it has a charger at home
 * @param equipment        mass, drag, charging limits, cooling
 * @param defects          faults
 */
public record VehicleSpec(String vin, PackSpec pack, double startSoh, double ageDays, double startOdometerKm,
		FadeRates fade, UsageProfile usage, City city, boolean homeCharging, Equipment equipment, Defects defects) {

	public VehicleSpec {
		Objects.requireNonNull(vin, "vin");
		Objects.requireNonNull(pack, "pack");
		Objects.requireNonNull(fade, "fade");
		Objects.requireNonNull(usage, "usage");
		Objects.requireNonNull(city, "city");
		Objects.requireNonNull(equipment, "equipment");
		defects = defects == null ? Defects.NONE : defects;
		if (vin.length() != 17) {
			throw new IllegalArgumentException("a VIN has 17 characters: " + vin);
		}
		if (!(startSoh >= 0.5 && startSoh <= 1.05)) {
			throw new IllegalArgumentException("start SoH must be between 0.5 and 1.05: " + startSoh);
		}
		if (ageDays < 0 || startOdometerKm < 0) {
			throw new IllegalArgumentException("age and odometer cannot be negative");
		}
	}
}
