package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * When and how a driver charges, judged from the SOC the car displays (the BMS's, not the truth): at home on the
 * wall box, at work, or at a public fast charger when low; sometimes a shallow top-up; sometimes unplugged early.
 * AC sessions end at the next departure at the latest; the car waits for a DC session to finish.
 */
final class ChargeDecisions {

	private static final double INTERRUPTION_CHANCE = 0.06;
	private static final double[] STATION_KW = { 60, 90, 120, 160 };
	private static final double[] STATION_WEIGHTS = { 0.3, 0.3, 0.25, 0.15 };

	private final VehicleSpec spec;
	private final Habits habits;

	ChargeDecisions(VehicleSpec spec, Habits habits) {
		this.spec = spec;
		this.habits = habits;
	}

	/** What to do on arriving at {@code place} with the displayed SOC, before a trip of {@code nextKm} at {@code nextDeparture}. */
	ChargePlan onArrival(Place place, double displayedSoc, long now, long nextDeparture, double nextKm, Rng rng) {
		double neededSoc = nextKm * 0.2 / spec.pack().nominalEnergyKwh() + 0.1;
		boolean plugIn = spec.equipment().plugInHybrid();
		if (place == Place.HOME && spec.homeCharging()) {
			boolean lastTripOfDay = nextDeparture - now > 6 * 3600;
			if (displayedSoc < habits.plugBelow() || (habits.plugEveryEvening() && lastTripOfDay)
					|| (spec.usage() == UsageProfile.RIDE_HAILING && lastTripOfDay)) {
				double target = rng.chance(0.12) ? 1.0 : habits.homeTarget();
				if (target - displayedSoc > 0.02) {
					return ac(habits.homeChargerKw(), target, now, nextDeparture, rng);
				}
			}
			if (displayedSoc > neededSoc + 0.05 || plugIn) {
				return null;
			}
		}
		if (place == Place.WORK && habits.workCharging() && displayedSoc < 0.7) {
			return ac(Math.min(7, spec.equipment().maxAcKw()), rng.chance(0.5) ? 0.9 : 1.0, now, nextDeparture, rng);
		}
		if (plugIn) {
			return null;
		}
		double threshold = habits.dcBelow() + rng.normal(0, 0.04);
		boolean endOfShift = spec.usage() == UsageProfile.RIDE_HAILING && place == Place.HOME;
		if (displayedSoc < threshold || displayedSoc < neededSoc || displayedSoc < 0.12
				|| (endOfShift && displayedSoc < 0.6)) {
			return dc(dcTarget(rng, endOfShift), now, rng);
		}
		if (displayedSoc > 0.45 && displayedSoc < 0.72 && rng.chance(0.03)) {
			return dc(Math.min(1.0, displayedSoc + rng.uniform(0.08, 0.18)), now, rng);
		}
		return null;
	}

	/** Before a trip of {@code tripKm}: a fast charge first when the displayed SOC will not do. */
	ChargePlan beforeTrip(double displayedSoc, long now, double tripKm, Rng rng) {
		double needed = tripKm * 0.2 / spec.pack().nominalEnergyKwh() + 0.1;
		if (spec.equipment().plugInHybrid() || (displayedSoc >= needed && displayedSoc >= 0.1)) {
			return null;
		}
		double target = Math.min(1.0, Math.max(0.8, Math.ceil((needed + 0.1) * 20) / 20));
		return new ChargePlan(true, rng.pick(STATION_KW, STATION_WEIGHTS), target, now + 3 * 3600, false);
	}

	private double dcTarget(Rng rng, boolean endOfShift) {
		if (spec.usage() == UsageProfile.RIDE_HAILING) {
			return endOfShift || rng.chance(0.1) ? (rng.chance(0.5) ? 1.0 : 0.95) : Math.round(rng.uniform(0.8, 0.95) * 20) / 20.0;
		}
		return rng.pick(new double[] { 0.6, 0.7, 0.8, 0.9, 1.0 }, new double[] { 0.05, 0.08, 0.55, 0.2, 0.12 });
	}

	private ChargePlan ac(double kw, double target, long now, long nextDeparture, Rng rng) {
		if (rng.chance(INTERRUPTION_CHANCE)) {
			long early = now + (long) rng.uniform(900, 4 * 3600);
			if (early < nextDeparture) {
				return new ChargePlan(false, kw, target, early, true);
			}
		}
		return new ChargePlan(false, kw, target, nextDeparture, false);
	}

	private ChargePlan dc(double target, long now, Rng rng) {
		double kw = rng.pick(STATION_KW, STATION_WEIGHTS);
		if (rng.chance(INTERRUPTION_CHANCE)) {
			return new ChargePlan(true, kw, target, now + (long) rng.uniform(300, 1800), true);
		}
		return new ChargePlan(true, kw, target, now + 3 * 3600, false);
	}
}
