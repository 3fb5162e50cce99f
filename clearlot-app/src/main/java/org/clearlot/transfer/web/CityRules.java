package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.util.Optional;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.platform.geo.City;
import org.clearlot.transfer.eligibility.EligibilityRules;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.RuleSet;
import org.clearlot.transfer.rule.TransferRule;

/**
 * What applies in one city on a date, for the rules page: the inbound limit (national cap applied) and the rule
 * behind it, and the plate quota, if any.
 */
record CityRules(City city, EmissionStandard minimumInbound, TransferRule inbound, TransferRule quota) {

	static CityRules of(City city, RuleSet rules, LocalDate date) {
		Optional<TransferRule> inbound = rules.applicable(RuleKind.INBOUND_EMISSION, city.id(), date);
		return new CityRules(city, EligibilityRules.minimumInbound(rules, city.id(), date).orElse(null),
				inbound.orElse(null), rules.applicable(RuleKind.PLATE_QUOTA, city.id(), date).orElse(null));
	}
}
