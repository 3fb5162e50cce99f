package org.clearlot.transfer.web;

import java.util.Map;

import org.clearlot.platform.geo.City;
import org.clearlot.transfer.eligibility.EligibilityRules;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.RuleSet;
import org.clearlot.transfer.rule.TransferRule;

/**
 * A city the transfer rules answer for, with the rules in force there today: the oldest emission standard it accepts
 * from other cities and, in plate-quota cities, how each powertrain gets its quota.
 */
record TransferCityResponse(String id, String nameZh, String province, String provinceZh,
		String minimumInboundStandard, Map<String, String> plateQuota) {

	static TransferCityResponse of(City city, RuleSet rules, java.time.LocalDate today) {
		String minimum = EligibilityRules.minimumInbound(rules, city.id(), today).map(Enum::name).orElse(null);
		Map<String, String> quota = rules.applicable(RuleKind.PLATE_QUOTA, city.id(), today).map(TransferRule::quota)
				.map(TransferRule.Quota::byPowertrain).orElse(null);
		return new TransferCityResponse(city.id(), city.nameZh(), city.provinceEn(), city.provinceZh(), minimum, quota);
	}
}
