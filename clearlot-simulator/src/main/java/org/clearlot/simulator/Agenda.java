package org.clearlot.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clearlot.simulator.physics.Rng;
import org.clearlot.simulator.physics.Seeds;

/**
 * The trips a vehicle is meant to make, planned one local day at a time from a per-day random stream (so a day's
 * plan does not depend on anything that happened before it). Trips that the car could not start within four hours
 * of their planned departure (it was still fast-charging, say) are dropped.
 */
final class Agenda {

	static final long DAY = 86_400;
	static final long BEIJING_OFFSET = 8 * 3600;
	private static final long STALE = 4 * 3600;

	private final UsageProfile usage;
	private final Habits habits;
	private final long seed;
	private final List<TripPlan> planned = new ArrayList<>();
	private final List<TripPlan> day = new ArrayList<>();
	private long plannedThroughDay = Long.MIN_VALUE;
	private int cursor;

	Agenda(UsageProfile usage, Habits habits, long seed) {
		this.usage = usage;
		this.habits = habits;
		this.seed = seed;
	}

	/** The next trip to make at or after {@code now}, removing it from the agenda. */
	TripPlan take(long now) {
		TripPlan next = peek(now);
		cursor++;
		return next;
	}

	/** The next trip at or after {@code now} without removing it. */
	TripPlan peek(long now) {
		while (true) {
			while (cursor < planned.size() && planned.get(cursor).departure() < now - STALE) {
				cursor++;
			}
			if (cursor < planned.size()) {
				return planned.get(cursor);
			}
			planNextDay(now);
		}
	}

	private void planNextDay(long now) {
		long today = Math.floorDiv(now + BEIJING_OFFSET, DAY);
		long next = plannedThroughDay == Long.MIN_VALUE ? today : Math.max(plannedThroughDay + 1, today);
		plannedThroughDay = next;
		if (cursor > 256) {
			planned.subList(0, cursor).clear();
			cursor = 0;
		}
		long midnight = next * DAY - BEIJING_OFFSET;
		int weekday = (int) Math.floorMod(next + 3, 7) + 1;
		Rng rng = new Rng(Seeds.mix(seed, next));
		switch (usage) {
			case COMMUTER -> commuterDay(rng, midnight, weekday >= 6);
			case RIDE_HAILING -> rideHailingDay(rng, midnight, weekday);
			case WEEKEND -> weekendDay(rng, midnight, weekday >= 6);
		}
		this.day.sort(Comparator.comparingLong(TripPlan::departure));
		planned.addAll(this.day);
		this.day.clear();
	}

	private void commuterDay(Rng rng, long midnight, boolean weekend) {
		if (!weekend && rng.chance(0.92)) {
			double km = habits.commuteKm() * rng.uniform(0.95, 1.1);
			long out = midnight + hours(rng.normal(7.75, 0.4));
			add(out, km, habits.highwayShare(), Place.WORK, 0);
			add(midnight + hours(rng.normal(18.0, 0.6)), km, habits.highwayShare(), Place.HOME, 0);
			if (rng.chance(0.25)) {
				errand(rng, midnight + hours(rng.uniform(19.7, 21)), rng.uniform(1.5, 8));
			}
		}
		else if (weekend) {
			outing(rng, midnight, 25, 0.1);
		}
	}

	private void weekendDay(Rng rng, long midnight, boolean weekend) {
		if (weekend && rng.chance(0.8)) {
			outing(rng, midnight, 40, 0.2);
		}
		else if (!weekend && rng.chance(0.25)) {
			errand(rng, midnight + hours(rng.uniform(10, 19)), rng.uniform(3, 10));
		}
	}

	private void outing(Rng rng, long midnight, double medianKm, double longTripShare) {
		boolean longTrip = rng.chance(longTripShare);
		double km = longTrip ? rng.uniform(100, 220) : Math.min(90, rng.logNormal(medianKm, 0.6));
		double highway = longTrip ? rng.uniform(0.7, 0.9) : rng.uniform(0, 0.4);
		long out = midnight + hours(rng.uniform(8.5, 14));
		add(out, km, highway, Place.OTHER, 0);
		long back = out + hours(km / 45 + rng.uniform(1, 5));
		add(Math.min(back, midnight + hours(22.5)), km * rng.uniform(0.95, 1.1), highway, Place.HOME, 0);
		if (!longTrip && rng.chance(0.3)) {
			errand(rng, Math.max(back + hours(1), midnight + hours(18.5)), rng.uniform(2, 8));
		}
	}

	private void errand(Rng rng, long out, double oneWayKm) {
		add(out, oneWayKm, 0, Place.OTHER, 0);
		add(out + hours(oneWayKm / 30 + rng.uniform(0.3, 1.3)), oneWayKm, 0, Place.HOME, 0);
	}

	private void rideHailingDay(Rng rng, long midnight, int weekday) {
		if (weekday == habits.dayOff() || rng.chance(0.04)) {
			return;
		}
		long t = midnight + hours(habits.shiftStartHour() + rng.normal(0, 0.3));
		long end = t + hours(habits.shiftHours() + rng.normal(0, 0.5));
		long meal = t + hours(rng.uniform(3.5, 5));
		boolean fed = false;
		while (t < end) {
			boolean airport = rng.chance(0.08);
			double km = airport ? rng.uniform(25, 50) : Math.min(30, rng.logNormal(7, 0.55));
			double highway = airport ? rng.uniform(0.5, 0.8) : rng.uniform(0, 0.15);
			int wait = (int) rng.uniform(60, 900);
			add(t, km, highway, Place.OTHER, wait);
			t += (long) (km / (airport ? 55 : 27) * 3600) + wait + 60;
			if (!fed && t > meal) {
				t += hours(rng.uniform(0.5, 1.0));
				fed = true;
			}
		}
		add(t, rng.uniform(4, 18), 0.1, Place.HOME, 0);
	}

	private void add(long departure, double km, double highway, Place destination, int waitOn) {
		if (km >= 0.5) {
			day.add(new TripPlan(departure, km, highway, destination, waitOn));
		}
	}

	private static long hours(double hours) {
		return (long) (hours * 3600);
	}
}
