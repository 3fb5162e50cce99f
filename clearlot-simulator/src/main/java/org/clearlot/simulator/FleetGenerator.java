package org.clearlot.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.simulator.physics.Rng;
import org.clearlot.simulator.physics.Seeds;

/**
 * Draws plausible used EVs: pack size and chemistry, age and mileage, fade rates, and a start SoH that follows from
 * that past (calendar √age plus cycles, with vehicle-specific rates and a past-stress factor; clamped to
 * 0.78–1.00), usage, city, equipment and defects. Reproducible for a seed.
 */
public final class FleetGenerator {

	private final long seed;
	private final Instant epoch;
	private final GeneratorOptions options;

	public FleetGenerator(long seed, Instant epoch, GeneratorOptions options) {
		this.seed = seed;
		this.epoch = epoch;
		this.options = options;
	}

	/** {@code count} vehicles with synthetic VINs. */
	public List<VehicleSpec> generate(int count) {
		List<VehicleSpec> specs = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Rng rng = new Rng(Seeds.mix(seed, i, 11));
			int year = epochYear() - (int) Math.min(9, Math.floor(rng.uniform(0.5, 9.5)));
			specs.add(complete(new KnownVehicle(Vins.random(rng, year), null, null, null, null, year, null, null, null)));
		}
		return specs;
	}

	/** A full spec for {@code known}, drawing whatever it does not say. */
	public VehicleSpec complete(KnownVehicle known) {
		Rng rng = new Rng(Seeds.mix(seed, Seeds.of(known.vin()), 12));
		boolean phev = known.plugInHybrid() != null ? known.plugInHybrid() : rng.chance(options.plugInHybridShare());
		Chemistry chemistry = known.chemistry() != null ? known.chemistry()
				: rng.chance(options.lfpShare()) ? Chemistry.LFP : Chemistry.NMC;
		PackSpec pack = pack(known, chemistry, phev, rng);
		UsageProfile usage = usage(rng, phev);
		City city = known.city() == null ? options.cities().get(rng.nextInt(options.cities().size()))
				: City.find(known.city()).orElse(options.cities().get(rng.nextInt(options.cities().size())));
		int year = known.modelYear() != null ? known.modelYear() : epochYear() - rng.nextInt(8);
		double ageDays = Math.max(90, Duration.between(LocalDate.of(year, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC), epoch).toDays()
				- rng.uniform(0, 120));
		double kmPerYear = switch (usage) {
			case COMMUTER -> 14_000;
			case RIDE_HAILING -> 75_000;
			case WEEKEND -> 6_000;
		} * rng.logNormal(1, 0.3);
		double odometer = known.odometerKm() != null ? known.odometerKm() : Math.min(550_000, kmPerYear * ageDays / 365.25);
		boolean lfp = chemistry == Chemistry.LFP;
		double abuse = rng.chance(0.08) ? rng.uniform(1.8, 2.8) : 1.0;
		FadeRates fade = new FadeRates(rng.logNormal(lfp ? 0.0008 : 0.0011, 0.3) * abuse,
				rng.logNormal(lfp ? 3.5e-5 : 8e-5, 0.3) * abuse);
		double hot = Math.exp(0.035 * (city.meanC() - 15));
		double stress = rng.logNormal(0.9, 0.45) * hot;
		double equivalentDays = ageDays * stress;
		double pastCycles = odometer * 0.17 / pack.nominalEnergyKwh() * rng.logNormal(1.1, 0.2);
		double soh = 1.0 + rng.normal(0.01, 0.008) - fade.calendarPerSqrtDay() * Math.sqrt(equivalentDays)
				- fade.cyclePerEfc() * pastCycles;
		soh = Math.max(0.78, Math.min(1.0, soh));
		Equipment equipment = equipment(pack, phev, rng);
		Defects defects = new Defects(rng.chance(options.weakCellShare()), rng.chance(options.insulationFaultShare()),
				rng.chance(options.thermalEventShare())
						? Duration.ofSeconds((long) rng.uniform(3600, Math.max(7200, options.thermalEventWindow().toSeconds())))
						: null);
		boolean home = rng.chance(switch (usage) {
			case COMMUTER -> 0.65;
			case RIDE_HAILING -> 0.3;
			case WEEKEND -> 0.75;
		}) || phev;
		return new VehicleSpec(known.vin(), pack, soh, equivalentDays, Math.round(odometer * 10) / 10.0, fade, usage,
				city, home, equipment, defects);
	}

	private PackSpec pack(KnownVehicle known, Chemistry chemistry, boolean phev, Rng rng) {
		String code = known.packCode() != null && known.packCode().length() == 24 ? known.packCode()
				: PackCodes.random(rng, chemistry, epochYear());
		if (known.nominalCapacityAh() != null && known.nominalVoltageV() != null) {
			PackSpec derived = PackSpec.of(known.nominalCapacityAh(), known.nominalVoltageV(), chemistry, code);
			return new PackSpec(derived.nominalCapacityAh(), derived.nominalVoltageV(), chemistry,
					derived.cellsInSeries(), 16 + rng.nextInt(33), code);
		}
		double kwh = phev ? rng.uniform(15, 40) : Math.max(35, Math.min(100, rng.logNormal(60, 0.25)));
		int cells = chemistry == Chemistry.NMC ? 96 + 2 * rng.nextInt(8) : 100 + 2 * rng.nextInt(11);
		double volts = Math.round(cells * chemistry.cellNominalV() * 10) / 10.0;
		double ah = Math.round(kwh * 1000 / volts);
		return new PackSpec(ah, volts, chemistry, cells, 16 + rng.nextInt(33), code);
	}

	private UsageProfile usage(Rng rng, boolean phev) {
		double x = rng.nextDouble();
		if (!phev && x < options.rideHailingShare()) {
			return UsageProfile.RIDE_HAILING;
		}
		return x < options.rideHailingShare() + options.weekendShare() ? UsageProfile.WEEKEND : UsageProfile.COMMUTER;
	}

	private static Equipment equipment(PackSpec pack, boolean phev, Rng rng) {
		double kwh = pack.nominalEnergyKwh();
		double ac = rng.pick(new double[] { 3.3, 6.6, 7.0, 11.0 }, new double[] { 0.1, 0.4, 0.35, 0.15 });
		double dc = phev ? Math.min(60, kwh * 1.5) : Math.min(150, Math.max(40, kwh * rng.uniform(1.0, 2.2)));
		return new Equipment(1450 + 8 * kwh + rng.uniform(-100, 250), rng.uniform(0.52, 0.75), ac, dc,
				rng.chance(0.8), rng.chance(0.4), phev);
	}

	private int epochYear() {
		return epoch.atOffset(ZoneOffset.ofHours(8)).getYear();
	}
}
