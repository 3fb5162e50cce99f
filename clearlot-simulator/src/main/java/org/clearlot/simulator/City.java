package org.clearlot.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clearlot.simulator.physics.Climate;
import org.clearlot.simulator.physics.Seeds;

/**
 * A place where vehicles live, with its climate normals (annual mean and seasonal amplitude of the monthly mean
 * temperature, rounded from published climate tables).
 */
public record City(String name, double latitude, double longitude, double meanC, double seasonalAmplitudeC,
		double diurnalAmplitudeC) {

	/** Cities the generator draws from, cold north to hot south. */
	public static final List<City> ALL = List.of(
			new City("Harbin", 45.80, 126.53, 4.9, 21.0, 6.0),
			new City("Urumqi", 43.83, 87.62, 7.3, 19.0, 6.5),
			new City("Beijing", 39.90, 116.40, 12.9, 15.5, 5.5),
			new City("Tianjin", 39.13, 117.20, 13.0, 15.5, 5.0),
			new City("Xi'an", 34.27, 108.93, 14.1, 13.5, 5.0),
			new City("Shanghai", 31.23, 121.47, 17.1, 12.0, 4.0),
			new City("Hangzhou", 30.27, 120.15, 17.3, 12.5, 4.5),
			new City("Wuhan", 30.59, 114.31, 17.1, 13.5, 4.5),
			new City("Chengdu", 30.66, 104.07, 16.5, 10.5, 3.5),
			new City("Chongqing", 29.56, 106.55, 18.5, 11.0, 3.5),
			new City("Kunming", 25.04, 102.71, 15.6, 6.0, 5.5),
			new City("Guangzhou", 23.13, 113.26, 22.6, 7.5, 4.0),
			new City("Shenzhen", 22.54, 114.06, 23.3, 7.0, 3.5),
			new City("Haikou", 20.04, 110.34, 24.5, 5.5, 3.5));

	/** A city from the table by name (case-insensitive), or a place with a climate guessed from its latitude. */
	public static City of(String name, double latitude, double longitude) {
		return find(name).orElseGet(() -> {
			Climate guess = Climate.ofLatitude(latitude, 0);
			return new City(name, latitude, longitude, guess.meanC(), guess.seasonalAmplitudeC(), guess.diurnalAmplitudeC());
		});
	}

	/** The table entry named {@code name}, ignoring case, spaces and apostrophes. */
	public static Optional<City> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String key = normalise(name);
		return ALL.stream().filter(c -> normalise(c.name).equals(key)).findFirst();
	}

	private static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	/** The city's climate; the weather (day-to-day anomaly) is shared by every vehicle of the city for a seed. */
	public Climate climate(long fleetSeed) {
		return new Climate(meanC, seasonalAmplitudeC, diurnalAmplitudeC, Seeds.mix(fleetSeed, Seeds.of(name)));
	}
}
