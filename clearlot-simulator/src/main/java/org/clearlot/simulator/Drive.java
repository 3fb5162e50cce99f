package org.clearlot.simulator;

import org.clearlot.simulator.physics.Drivetrain;
import org.clearlot.simulator.physics.Rng;
import org.clearlot.simulator.physics.Seeds;

/**
 * One trip: a minute or so switched on at rest, the speed profile, a short stop at the end. Battery power follows
 * road load, climate control and regeneration (none when nearly full or below 0 °C); a plug-in hybrid's engine takes
 * over below 18 % displayed SOC and charges the battery a little (DRIVING_CHARGING) until 25 %.
 */
final class Drive extends Activity {

	private static final double ENGINE_CHARGE_KW = 8;

	private final TripPlan plan;
	private final SpeedProfile profile;
	private final double fromLat;
	private final double fromLon;
	private final double toLat;
	private final double toLon;
	private int warmUp;
	private int coolDown;
	private boolean engineOn;
	private boolean arrived;

	Drive(Simulation sim, TripPlan plan) {
		this.plan = plan;
		Rng rng = new Rng(Seeds.mix(sim.vinSeed(), plan.departure(), 77));
		this.profile = new SpeedProfile(plan, sim.habits(), rng);
		this.fromLat = sim.latitude();
		this.fromLon = sim.longitude();
		double[] to = sim.places().position(plan.destination(), rng);
		this.toLat = to[0];
		this.toLon = to[1];
		this.warmUp = 20 + rng.nextInt(70);
		this.coolDown = 10 + rng.nextInt(40);
	}

	@Override
	boolean step(Simulation sim) {
		Drivetrain drivetrain = sim.drivetrain();
		double ambient = sim.ambientC();
		double kw = drivetrain.comfortKw(ambient) + sim.battery().thermalLoadKw(false);
		if (warmUp > 0) {
			warmUp--;
		}
		else if (!arrived) {
			double before = profile.travelledM();
			if (profile.step()) {
				Battery battery = sim.battery();
				boolean regen = battery.soc() < 0.97 && battery.tempC() > 0;
				kw += drivetrain.tractionKw(profile.speedMs(), profile.accelerationMs2(), regen);
				sim.drove((profile.travelledM() - before) / 1000);
				kw = Math.min(kw, battery.maxDischargeKw());
				if (battery.soc() < 0.02) {
					profile.endHere();
				}
			}
			else {
				arrived = true;
			}
		}
		else if (coolDown-- <= 0) {
			return false;
		}
		if (sim.spec().equipment().plugInHybrid()) {
			double displayed = sim.bms().soc();
			engineOn = displayed < 0.18 || (engineOn && displayed < 0.25);
			if (engineOn && kw > -ENGINE_CHARGE_KW) {
				kw = -ENGINE_CHARGE_KW;
			}
		}
		sim.flow(sim.battery().currentFor(kw), profile.speedMs() > 1, ThermalMode.COOL, false);
		return true;
	}

	private double progress() {
		return Math.min(1, profile.travelledM() / Math.max(1, profile.distanceM()));
	}

	/** Latitude and longitude now: along a slightly bowed line, so that a route is not straight. */
	@Override
	double[] position(Simulation sim) {
		double share = progress();
		double bow = Math.sin(Math.PI * share) * 0.08;
		double lat = fromLat + (toLat - fromLat) * share + (toLon - fromLon) * bow;
		double lon = fromLon + (toLon - fromLon) * share - (toLat - fromLat) * bow;
		return new double[] { lat, lon };
	}

	@Override
	double speedMs() {
		return warmUp > 0 || arrived ? 0 : profile.speedMs();
	}

	@Override
	VehicleState vehicleState() {
		return VehicleState.ON;
	}

	@Override
	ChargingState chargingState() {
		return engineOn ? ChargingState.DRIVING_CHARGING : ChargingState.NOT_CHARGING;
	}

	@Override
	Activity next(Simulation sim) {
		sim.arriveAt(toLat, toLon);
		return sim.afterTrip(plan);
	}
}
