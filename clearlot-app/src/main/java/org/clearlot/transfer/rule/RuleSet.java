package org.clearlot.transfer.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All versions of all transfer rules at one moment, and which version applies on a date: of the versions in force by
 * then, the one with the latest effective date (the highest version among equal dates, a correction). A city's own
 * rule of a kind takes precedence over the national one; a repealed city rule leaves the national one in force.
 */
public final class RuleSet {

	private static final Comparator<TransferRule> PRECEDENCE = Comparator.comparing(TransferRule::effectiveFrom)
			.thenComparingInt(TransferRule::version);

	private final Map<String, List<TransferRule>> versionsByRule;
	private final LocalDate start;

	RuleSet(List<TransferRule> rules) {
		this.versionsByRule = rules.stream().sorted(Comparator.comparingInt(TransferRule::version))
				.collect(Collectors.groupingBy(TransferRule::ruleId, LinkedHashMap::new, Collectors.toList()));
		this.start = rules.stream().map(TransferRule::effectiveFrom).min(Comparator.naturalOrder())
				.orElse(LocalDate.MAX);
	}

	/** The first day the rules answer for; earlier dates have no rules on file. */
	public LocalDate start() {
		return start;
	}

	/** The version of a kind of rule that applies in a city on a date: the city's own, else the national one. */
	public Optional<TransferRule> applicable(RuleKind kind, String cityId, LocalDate date) {
		Optional<TransferRule> local = inForce(TransferRule.key(kind, cityId), date);
		if (local.isPresent() && local.get().active()) {
			return local;
		}
		return inForce(TransferRule.key(kind, TransferRule.NATIONAL), date).filter(TransferRule::active);
	}

	/** The version of one rule in force on a date, repealing versions included. */
	public Optional<TransferRule> inForce(String ruleId, LocalDate date) {
		return versions(ruleId).stream().filter(rule -> !rule.effectiveFrom().isAfter(date)).max(PRECEDENCE);
	}

	/** Every version of a rule, oldest first; empty for an unknown rule. */
	public List<TransferRule> versions(String ruleId) {
		return versionsByRule.getOrDefault(ruleId, List.of());
	}

	/** Every rule's latest version (by precedence), in rule id order. */
	public List<TransferRule> latest() {
		return versionsByRule.values().stream().map(versions -> versions.stream().max(PRECEDENCE).orElseThrow())
				.sorted(Comparator.comparing(TransferRule::ruleId)).toList();
	}
}
