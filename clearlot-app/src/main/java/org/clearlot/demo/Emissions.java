package org.clearlot.demo;

import java.time.LocalDate;
import java.util.Set;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.Powertrain;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.geo.Cities;

/**
 * The China emission standard a new car met when first registered, by date and region. China V came first to
 * Beijing (2013), Shanghai (2014) and the Pearl River Delta (2015), then to the eastern provinces (April 2016)
 * and the whole country (2017). China VI came to the key regions in July 2019 and everywhere in July 2020; many
 * models met VI-b early, and all new cars have since July 2023.
 */
final class Emissions {

	private static final Set<String> EASTERN = Set.of("Beijing", "Tianjin", "Hebei", "Liaoning", "Shanghai",
			"Jiangsu", "Zhejiang", "Fujian", "Shandong", "Guangdong", "Hainan");
	private static final Set<String> EARLY_CHINA_VI = Set.of("Beijing", "Tianjin", "Hebei", "Shanxi", "Shanghai",
			"Jiangsu", "Zhejiang", "Anhui", "Shandong", "Henan", "Guangdong", "Hainan", "Shaanxi", "Chongqing",
			"Sichuan");

	private Emissions() {
	}

	static EmissionStandard standard(Powertrain powertrain, LocalDate registered, String registrationCity, Dice dice) {
		if (powertrain == Powertrain.BEV) {
			return EmissionStandard.ZERO_EMISSION;
		}
		String province = Cities.find(registrationCity).map(City::provinceEn).orElse("");
		if (registered.isBefore(chinaV(province))) {
			return EmissionStandard.CN4;
		}
		LocalDate chinaVI = EARLY_CHINA_VI.contains(province) ? LocalDate.of(2019, 7, 1) : LocalDate.of(2020, 7, 1);
		if (registered.isBefore(chinaVI)) {
			return EmissionStandard.CN5;
		}
		if (!registered.isBefore(LocalDate.of(2023, 7, 1))) {
			return EmissionStandard.CN6B;
		}
		double earlyVIb = powertrain == Powertrain.ICE ? 0.25 : 0.45;
		return registered.getYear() >= 2021 && dice.chance(earlyVIb) ? EmissionStandard.CN6B : EmissionStandard.CN6;
	}

	private static LocalDate chinaV(String province) {
		return switch (province) {
			case "Beijing" -> LocalDate.of(2013, 2, 1);
			case "Shanghai" -> LocalDate.of(2014, 5, 1);
			case "Guangdong" -> LocalDate.of(2015, 1, 1);
			default -> EASTERN.contains(province) ? LocalDate.of(2016, 4, 1) : LocalDate.of(2017, 1, 1);
		};
	}
}
