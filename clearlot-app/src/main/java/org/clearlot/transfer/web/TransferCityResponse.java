package org.clearlot.transfer.web;

import java.util.Map;

import org.clearlot.platform.geo.City;

/**
 * A city the transfer rules answer for, with the rules in force there today: the oldest emission standard it accepts
 * from other cities and, in plate-quota cities, how each powertrain gets its quota.
 */
record TransferCityResponse(String id, String nameZh, String province, String provinceZh,
		String minimumInboundStandard, Map<String, String> plateQuota) {

	static TransferCityResponse of(CityRules rules) {
		City city = rules.city();
		return new TransferCityResponse(city.id(), city.nameZh(), city.provinceEn(), city.provinceZh(),
				rules.minimumInbound() == null ? null : rules.minimumInbound().name(),
				rules.quota() == null ? null : rules.quota().quota().byPowertrain());
	}
}
