package org.clearlot.simulator;

import java.time.Instant;

import org.clearlot.simulator.physics.Climate;
import org.clearlot.simulator.physics.Drivetrain;
import org.clearlot.simulator.physics.Rng;
import org.clearlot.simulator.physics.Seeds;

/**
 * One vehicle's life from the fleet's epoch, in 1-second steps while it is awake and in hour-long steps while it
 * sleeps. Every random choice comes from streams seeded by the fleet seed and the VIN (and the day or the trip), so
 * a vehicle's history is reproducible and independent of the other vehicles and of how often it is sampled.
 */
final class Simulation {

	private static final long REST_CHUNK = 3600;
	private static final long WAKE_WITHIN = 600;

	private final VehicleSpec spec;
	private final long vinSeed;
	private final long epoch;
	private final Climate climate;
	private final Habits habits;
	private final Drivetrain drivetrain;
	private final Battery battery;
	private final Bms bms;
	private final CurrentSensor sensor;
	private final Agenda agenda;
	private final ChargeDecisions decisions;
	private final Places places;
	private final Rng physics;
	private final long thermalEventAt;

	private long now;
	private long asleepSince;
	private Activity activity;
	private double odometerKm;
	private double latitude;
	private double longitude;
	private double ambientC;
	private long ambientAt = Long.MIN_VALUE / 2;
	private double trueCurrentA;
	private double measuredCurrentA;
	private double measuredSinceReadingAs;
	private long secondsSinceReading;
	private boolean socJumpPending;
	private boolean failed;

	Simulation(VehicleSpec spec, long fleetSeed, Instant epoch) {
		this.spec = spec;
		this.vinSeed = Seeds.mix(fleetSeed, Seeds.of(spec.vin()));
		this.epoch = epoch.getEpochSecond();
		this.now = this.epoch;
		this.asleepSince = this.epoch - 8 * 3600;
		Rng setup = new Rng(Seeds.mix(vinSeed, 1));
		this.physics = new Rng(Seeds.mix(vinSeed, 2));
		this.climate = spec.city().climate(fleetSeed);
		this.habits = Habits.draw(spec, setup);
		Equipment equipment = spec.equipment();
		this.drivetrain = new Drivetrain(equipment.massKg(), equipment.dragAreaM2(), setup.uniform(0.009, 0.012),
				setup.uniform(0.86, 0.91), setup.uniform(0.6, 0.72), setup.uniform(40, 80), equipment.heatPump());
		this.battery = new Battery(spec, setup.uniform(0.35, 0.9), climate.ambientC(this.now));
		double belief = battery.usableCapacityAh() * (1 + Math.max(-0.05, Math.min(0.06, setup.normal(0.01, 0.02))));
		this.bms = new Bms(spec.pack().chemistry(), battery.soc(), belief, setup.normal(0, 0.01));
		this.sensor = new CurrentSensor(setup);
		this.places = new Places(spec.city(), setup);
		double[] home = places.home();
		this.latitude = home[0];
		this.longitude = home[1];
		this.odometerKm = spec.startOdometerKm();
		this.agenda = new Agenda(spec.usage(), habits, Seeds.mix(vinSeed, 3));
		this.decisions = new ChargeDecisions(spec, habits);
		this.thermalEventAt = spec.defects().thermalEventAfter() == null ? Long.MAX_VALUE
				: this.epoch + spec.defects().thermalEventAfter().toSeconds();
	}

	/** When the sleeping vehicle next wakes up (its next departure), never before now. */
	long nextWake() {
		return Math.max(now, agenda.peek(now).departure());
	}

	/** Sleeps (parked, terminal off) until {@code until}. */
	void sleepUntil(long until) {
		while (now < until) {
			long chunk = Math.min(REST_CHUNK, until - now);
			battery.rest(chunk, climate.ambientC(now + chunk / 2));
			now += chunk;
		}
	}

	/** Wakes up for the next trip: the BMS may correct its SOC from the rest voltage; a low car charges first. */
	void wake() {
		bms.anchorRest(battery.soc(), now - asleepSince, physics);
		noteCorrection();
		TripPlan trip = agenda.peek(now);
		ChargePlan first = decisions.beforeTrip(bms.soc(), now, trip.distanceKm(), physics);
		activity = first != null ? new Charge(this, first) : new Drive(this, agenda.take(now));
	}

	/** Simulates one second of the current activity, moving to the next one (or to sleep) when it ends. */
	void tick() {
		if (now >= thermalEventAt && !(activity instanceof Runaway) && !failed) {
			activity = new Runaway(activity);
		}
		if (now % 60 == 0) {
			battery.updateStress();
			bms.walk(physics);
		}
		while (activity != null && !activity.step(this)) {
			activity = activity.next(this);
			if (activity == null && !failed) {
				long departure = agenda.peek(now).departure();
				if (departure - now <= WAKE_WITHIN) {
					activity = departure <= now ? new Drive(this, agenda.take(now)) : new WaitOn(departure);
				}
			}
		}
		if (activity == null) {
			asleepSince = now;
			trueCurrentA = 0;
			measuredCurrentA = 0;
			return;
		}
		now++;
	}

	/** Passes {@code currentA} for one second; returns the measured current. */
	double flow(double currentA, boolean moving, ThermalMode thermal, boolean holdBelowFull) {
		trueCurrentA = currentA;
		measuredCurrentA = sensor.measure(currentA, physics);
		measuredSinceReadingAs += measuredCurrentA;
		secondsSinceReading++;
		battery.flow(currentA, 1, ambientC(), moving, thermal);
		bms.count(measuredCurrentA, 1, holdBelowFull);
		if (battery.soc() < 0.03 && currentA > 0) {
			bms.anchorEmpty(battery.soc());
			noteCorrection();
		}
		return measuredCurrentA;
	}

	/** What to do after a trip: charge, wait switched on, or sleep. */
	Activity afterTrip(TripPlan trip) {
		TripPlan next = agenda.peek(now);
		ChargePlan plan = decisions.onArrival(trip.destination(), bms.soc(), now, Math.max(now, next.departure()),
				next.distanceKm(), physics);
		if (plan != null) {
			return new Charge(this, plan);
		}
		return trip.waitOnSeconds() > 0 ? new WaitOn(now + trip.waitOnSeconds()) : null;
	}

	void drove(double km) {
		odometerKm += km;
	}

	void arriveAt(double lat, double lon) {
		latitude = lat;
		longitude = lon;
	}

	void noteCorrection() {
		if (Math.abs(bms.takeCorrection()) >= Bms.JUMP_THRESHOLD) {
			socJumpPending = true;
		}
	}

	/** Whether a SOC jump happened since the last call. */
	boolean takeSocJump() {
		boolean jump = socJumpPending;
		socJumpPending = false;
		return jump;
	}

	void fail() {
		failed = true;
	}

	double ambientC() {
		if (now - ambientAt >= 60 || now < ambientAt) {
			ambientC = climate.ambientC(now);
			ambientAt = now;
		}
		return ambientC;
	}

	BatteryTruth truth() {
		return new BatteryTruth(spec.vin(), Instant.ofEpochSecond(now), battery.startSoh(), battery.soh(),
				spec.pack().nominalCapacityAh(), battery.usableCapacityAh(), battery.soc() * 100, bms.soc() * 100,
				odometerKm, battery.chargeThroughputAh(), battery.dischargeThroughputAh(), battery.energyThroughputKwh(),
				battery.equivalentFullCycles(), battery.resistanceAt25Ohm(), failed);
	}

	long now() {
		return now;
	}

	boolean awake() {
		return activity != null;
	}

	boolean failed() {
		return failed;
	}

	Activity activity() {
		return activity;
	}

	VehicleSpec spec() {
		return spec;
	}

	long vinSeed() {
		return vinSeed;
	}

	Habits habits() {
		return habits;
	}

	Drivetrain drivetrain() {
		return drivetrain;
	}

	Battery battery() {
		return battery;
	}

	Bms bms() {
		return bms;
	}

	Places places() {
		return places;
	}

	Rng physicsRng() {
		return physics;
	}

	Climate climate() {
		return climate;
	}

	double trueCurrentA() {
		return trueCurrentA;
	}

	/**
	 * The mean measured current since the previous call (the instantaneous one when no second passed), for
	 * terminals that report the period's average current; resets the average.
	 */
	double takeMeanMeasuredCurrentA() {
		double mean = secondsSinceReading == 0 ? measuredCurrentA : measuredSinceReadingAs / secondsSinceReading;
		measuredSinceReadingAs = 0;
		secondsSinceReading = 0;
		return mean;
	}

	double measuredCurrentA() {
		return measuredCurrentA;
	}

	double odometerKm() {
		return odometerKm;
	}

	double latitude() {
		return latitude;
	}

	double longitude() {
		return longitude;
	}
}
