package org.clearlot.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Shares and ranges for generated vehicles.
 *
 * @param lfpShare              share of LFP packs (the rest NMC)
 * @param plugInHybridShare     share of plug-in hybrids (smaller packs)
 * @param rideHailingShare      share of ride-hailing/taxi vehicles
 * @param weekendShare          share of weekend drivers (the rest are commuters)
 * @param weakCellShare         share of packs with one weak cell
 * @param insulationFaultShare  share of vehicles with an intermittent insulation fault
 * @param thermalEventShare     share of vehicles that suffer a thermal event
 * @param thermalEventWindow    thermal events happen uniformly within this time after the epoch
 * @param cities                where vehicles live (drawn uniformly)
 */
public record GeneratorOptions(double lfpShare, double plugInHybridShare, double rideHailingShare,
		double weekendShare, double weakCellShare, double insulationFaultShare, double thermalEventShare,
		Duration thermalEventWindow, List<City> cities) {

	public GeneratorOptions {
		cities = List.copyOf(cities);
		if (cities.isEmpty()) {
			throw new IllegalArgumentException("at least one city is needed");
		}
	}

	/** 45 % LFP, 10 % plug-in hybrids, 20 % ride-hailing, 20 % weekend drivers, 5 % weak cells, 1 % insulation
	 * faults, 0.2 % thermal events within 30 days, all cities of {@link City#ALL}. */
	public static GeneratorOptions defaults() {
		return new GeneratorOptions(0.45, 0.10, 0.20, 0.20, 0.05, 0.01, 0.002, Duration.ofDays(30), City.ALL);
	}

	public GeneratorOptions withThermalEvents(double share, Duration window) {
		return new GeneratorOptions(lfpShare, plugInHybridShare, rideHailingShare, weekendShare, weakCellShare,
				insulationFaultShare, share, window, cities);
	}

	public GeneratorOptions withCities(List<City> newCities) {
		return new GeneratorOptions(lfpShare, plugInHybridShare, rideHailingShare, weekendShare, weakCellShare,
				insulationFaultShare, thermalEventShare, thermalEventWindow, newCities);
	}
}
