package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * Second-by-second speed of one trip: urban stretches at 30–60 km/h with traffic-light stops, a highway stretch
 * around the driver's cruising speed, and a stop at the end. Acceleration is limited and scaled by the driver's
 * aggressiveness.
 */
final class SpeedProfile {

	private final Rng rng;
	private double distanceM;
	private final double highwayStartM;
	private final double highwayEndM;
	private final double cruiseMs;
	private final double aggressiveness;

	private double travelledM;
	private double speedMs;
	private double accelerationMs2;
	private double targetMs;
	private int holdSeconds;
	private int stopSeconds;

	SpeedProfile(TripPlan plan, Habits habits, Rng rng) {
		this.rng = rng;
		this.distanceM = plan.distanceKm() * 1000;
		double urban = distanceM * (1 - plan.highwayShare()) / 2;
		this.highwayStartM = urban;
		this.highwayEndM = distanceM - urban;
		this.cruiseMs = habits.cruiseKmh() / 3.6;
		this.aggressiveness = habits.aggressiveness();
	}

	/** Advances one second; returns false once the car has arrived and stopped. */
	boolean step() {
		double remaining = distanceM - travelledM;
		if (remaining <= 5 && speedMs < 0.5) {
			speedMs = 0;
			accelerationMs2 = 0;
			return false;
		}
		boolean highway = travelledM >= highwayStartM && travelledM < highwayEndM;
		chooseTarget(highway, remaining);
		double limit = (highway ? 1.2 : 2.0) * aggressiveness;
		double a = Math.max(-3.0, Math.min(limit, (targetMs - speedMs) * 0.35 * aggressiveness));
		if (targetMs == 0) {
			a = Math.min(a, -1.2);
		}
		boolean braking = remaining < speedMs * speedMs / 2.4 + 2 * speedMs;
		if (braking) {
			a = Math.max(-3.0, -speedMs * speedMs / (2 * Math.max(2, remaining - speedMs)));
		}
		double next = Math.max(0, speedMs + a);
		if (targetMs == 0 && next < 0.5) {
			next = 0;
		}
		else if (!braking && targetMs > 0 && next < 1.5 && remaining > 5) {
			next = Math.max(next, 1.5);
		}
		accelerationMs2 = next - speedMs;
		travelledM += (speedMs + next) / 2;
		speedMs = next;
		return true;
	}

	private void chooseTarget(boolean highway, double remaining) {
		if (stopSeconds > 0) {
			stopSeconds--;
			targetMs = 0;
			return;
		}
		if (--holdSeconds > 0) {
			return;
		}
		if (highway) {
			targetMs = cruiseMs * rng.uniform(0.9, 1.05);
			holdSeconds = (int) rng.uniform(40, 240);
		}
		else if (speedMs > 3 && rng.chance(0.35) && remaining > 300) {
			stopSeconds = (int) rng.uniform(10, 70);
			targetMs = 0;
		}
		else {
			targetMs = rng.uniform(25, 62) / 3.6;
			holdSeconds = (int) rng.uniform(15, 90);
		}
	}

	double speedMs() {
		return speedMs;
	}

	double accelerationMs2() {
		return accelerationMs2;
	}

	double travelledM() {
		return travelledM;
	}

	double distanceM() {
		return distanceM;
	}

	/** Cuts the trip short: the car stops within the next few metres (the battery ran out). */
	void endHere() {
		distanceM = Math.min(distanceM, travelledM + speedMs * speedMs / 4 + 5);
	}
}
