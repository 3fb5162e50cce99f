package org.clearlot.transfer.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.inspection.TradabilityVerdict;
import org.clearlot.transfer.rule.QuotaPolicy;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.RuleSet;
import org.clearlot.transfer.rule.TransferRule;

/**
 * Applies the rules in force on the case's date to the case: tradability, then (for a car changing city) the
 * destination's inbound emission limit, capped by the national no-refusal rule, then the destination's plate
 * quota for the car's powertrain, then the temporary plate for dealer stock. A pure function of rules and case.
 */
public final class EligibilityRules {

	private EligibilityRules() {
	}

	public static Assessment assess(RuleSet rules, TransferCase c) {
		return new Evaluation(rules, c).run();
	}

	/** The oldest emission standard the destination accepts from elsewhere on a date, the national cap applied. */
	public static Optional<EmissionStandard> minimumInbound(RuleSet rules, String cityId,
			java.time.LocalDate date) {
		Optional<EmissionStandard> local = rules.applicable(RuleKind.INBOUND_EMISSION, cityId, date)
				.map(TransferRule::minStandard);
		Optional<EmissionStandard> cap = rules.applicable(RuleKind.NATIONAL_NO_REFUSAL, cityId, date)
				.map(TransferRule::minStandard);
		if (local.isEmpty() || cap.isEmpty()) {
			return local;
		}
		return Optional.of(local.get().compareTo(cap.get()) > 0 ? cap.get() : local.get());
	}

	private static final class Evaluation {

		private final RuleSet rules;
		private final TransferCase c;
		private final List<Finding> reasons = new ArrayList<>();
		private final List<Finding> steps = new ArrayList<>();
		private final Set<TransferRule> used = new LinkedHashSet<>();
		private Outcome outcome = Outcome.ALLOWED;

		Evaluation(RuleSet rules, TransferCase c) {
			this.rules = rules;
			this.c = c;
		}

		Assessment run() {
			tradability();
			emission();
			quota();
			temporaryPlate();
			steps.add(Finding.of(c.relocation() ? "TRANSFER_AND_RELOCATE" : "TRANSFER_IN_CITY", null,
					c.destination()));
			return new Assessment(outcome, reasons, steps, List.copyOf(used));
		}

		private Optional<TransferRule> rule(RuleKind kind) {
			Optional<TransferRule> rule = rules.applicable(kind, c.destination().id(), c.date());
			rule.ifPresent(used::add);
			return rule;
		}

		private void tradability() {
			Optional<TransferRule> found = rule(RuleKind.TRADABILITY);
			if (found.isEmpty()) {
				return;
			}
			TransferRule rule = found.get();
			Optional<TradabilityVerdict> verdict = c.tradability();
			if (verdict.isEmpty()) {
				steps.add(Finding.of("INSPECTION", rule));
			}
			else if (verdict.get().tradable()) {
				reasons.add(Finding.of("TRADABILITY_PASSED", rule));
			}
			else {
				verdict.get().failedChecks().forEach(check -> reasons.add(Finding.of("TRADABILITY_FAILED", rule,
						new CheckName(check))));
				outcome = Outcome.RESTRICTED;
			}
			steps.add(Finding.of("REGISTRATION_DOCUMENTS", rule));
		}

		private void emission() {
			Optional<TransferRule> inbound = rule(RuleKind.INBOUND_EMISSION);
			if (!c.relocation()) {
				inbound.ifPresent(rule -> reasons.add(Finding.of("SAME_CITY", rule, c.destination())));
				return;
			}
			EmissionStandard standard = c.car().emissionStandard();
			Optional<TransferRule> national = rule(RuleKind.NATIONAL_NO_REFUSAL);
			if (national.isPresent() && c.car().smallPassengerCar()
					&& standard.compareTo(national.get().minStandard()) >= 0) {
				reasons.add(Finding.of("NATIONAL_NO_REFUSAL", national.get(), standard, national.get().minStandard()));
				return;
			}
			if (inbound.isEmpty()) {
				return;
			}
			TransferRule rule = inbound.get();
			if (standard.compareTo(rule.minStandard()) >= 0) {
				reasons.add(Finding.of("EMISSION_ACCEPTED", rule, standard, rule.minStandard(), c.destination()));
			}
			else {
				reasons.add(Finding.of("EMISSION_BELOW_MINIMUM", rule, standard, rule.minStandard(), c.destination()));
				outcome = Outcome.RESTRICTED;
			}
		}

		private void quota() {
			Optional<TransferRule> found = rule(RuleKind.PLATE_QUOTA);
			if (found.isEmpty()) {
				return;
			}
			TransferRule rule = found.get();
			QuotaPolicy policy = rule.quota().of(c.car().powertrain());
			switch (policy) {
				case SCARCE -> {
					reasons.add(Finding.of("QUOTA_SCARCE", rule, c.destination(), c.car().powertrain()));
					steps.add(Finding.of("OBTAIN_QUOTA", rule, c.destination()));
					outcome = outcome.atLeast(Outcome.NEEDS_QUOTA);
				}
				case ON_APPLICATION -> {
					reasons.add(Finding.of("QUOTA_ON_APPLICATION", rule, c.destination(), c.car().powertrain()));
					steps.add(Finding.of("APPLY_FOR_QUOTA", rule, c.destination()));
				}
				case NONE -> reasons.add(Finding.of("QUOTA_NONE", rule, c.destination(), c.car().powertrain()));
			}
		}

		private void temporaryPlate() {
			if (!c.dealerStock()) {
				return;
			}
			rule(RuleKind.TEMPORARY_PLATE).ifPresent(rule -> steps.add(Finding.of("TEMPORARY_PLATE", rule)));
		}
	}

	/** A GB/T 30323 tradability check by name, worded from the message {@code transfer.check.<name>}. */
	public record CheckName(String name) {
	}
}
