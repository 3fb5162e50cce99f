package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * A driver's fixed habits, drawn once per vehicle.
 *
 * @param commuteKm        one-way commute
 * @param highwayShare     share of a commute on highways
 * @param cruiseKmh        preferred highway speed
 * @param aggressiveness   acceleration multiplier (0.7–1.4): hard drivers heat the pack more
 * @param plugBelow        plugs in at home below this SOC
 * @param plugEveryEvening plugs in every evening regardless of SOC (shallow top-ups)
 * @param homeTarget       the charge limit set in the car for home charging
 * @param homeChargerKw    the wall box
 * @param dcBelow          looks for a fast charger below this SOC
 * @param workCharging     can charge (AC) at work
 * @param onWhileCharging  the terminal reports the vehicle ON while parked charging (otherwise OFF)
 * @param shiftStartHour   ride-hailing shift start (local hour)
 * @param shiftHours       ride-hailing shift length
 * @param dayOff           ride-hailing day off (1 = Monday … 7 = Sunday)
 */
record Habits(double commuteKm, double highwayShare, double cruiseKmh, double aggressiveness, double plugBelow,
		boolean plugEveryEvening, double homeTarget, double homeChargerKw, double dcBelow, boolean workCharging,
		boolean onWhileCharging, double shiftStartHour, double shiftHours, int dayOff) {

	static Habits draw(VehicleSpec spec, Rng rng) {
		double commute = Math.min(60, rng.logNormal(16, 0.5));
		double highway = rng.chance(0.4) ? rng.uniform(0.2, 0.7) : rng.uniform(0, 0.15);
		double target = rng.pick(new double[] { 0.8, 0.9, 1.0 }, new double[] { 0.3, 0.35, 0.35 });
		double wallBox = Math.min(spec.equipment().maxAcKw(), rng.pick(new double[] { 3.3, 7.0, 11.0 },
				new double[] { 0.25, 0.6, 0.15 }));
		double shiftStart = rng.chance(0.75) ? rng.uniform(5.5, 8.5) : rng.uniform(14, 17);
		return new Habits(commute, highway, rng.uniform(95, 122), rng.uniform(0.7, 1.4), rng.uniform(0.45, 0.85),
				rng.chance(0.35), target, wallBox, rng.uniform(0.15, 0.35), rng.chance(0.2), rng.chance(0.5), shiftStart,
				rng.uniform(9, 12), 1 + rng.nextInt(7));
	}
}
