package org.clearlot.transfer.eligibility;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.RegistrationAcceptance;
import org.clearlot.transfer.rule.RuleBook;
import org.springframework.stereotype.Component;

/**
 * Tells the catalog's search which emission standards a city accepts from other cities today: those at or above
 * its inbound limit, the national cap applied. (A car already registered in the city is transferable there whatever
 * its standard; the search does not know registration cities, so it leaves those out.)
 */
@Component
class TransferRegistrationAcceptance implements RegistrationAcceptance {

	private final RuleBook rules;
	private final Clock clock;

	TransferRegistrationAcceptance(RuleBook rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public Optional<Set<EmissionStandard>> acceptedFromElsewhere(String cityId) {
		Optional<EmissionStandard> minimum = EligibilityRules.minimumInbound(rules.current(), cityId,
				TransferEligibility.today(clock));
		return minimum.map(min -> {
			Set<EmissionStandard> accepted = EnumSet.noneOf(EmissionStandard.class);
			for (EmissionStandard standard : EmissionStandard.values()) {
				if (standard.compareTo(min) >= 0) {
					accepted.add(standard);
				}
			}
			return accepted;
		});
	}
}
