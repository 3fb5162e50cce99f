package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.clearlot.transfer.rule.QuotaPolicy;
import org.clearlot.transfer.rule.RuleBasis;
import org.clearlot.transfer.rule.RuleDraft;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.TransferRule;

/** The admin's rule form as submitted: strings, parsed into a {@link RuleDraft} with every problem named. */
public record RuleForm(String kind, String jurisdiction, String effectiveFrom, Boolean repeal, String minStandard,
		String quotaIce, String quotaHev, String quotaPhev, String quotaBev, String basis, String source,
		String note, String sourceZh, String noteZh) {

	/** A form for a new version of an existing rule, filled from its latest version. */
	static RuleForm superseding(TransferRule rule) {
		TransferRule.Quota q = rule.quota();
		return new RuleForm(rule.kind().name(), rule.jurisdiction(), "", false,
				rule.minStandard() == null ? "" : rule.minStandard().name(), q == null ? "" : q.ice().name(),
				q == null ? "" : q.hev().name(), q == null ? "" : q.phev().name(), q == null ? "" : q.bev().name(),
				rule.basis().name(), "", "", "", "");
	}

	static RuleForm blank(String kind, String jurisdiction) {
		return new RuleForm(kind == null ? "" : kind, jurisdiction == null ? "" : jurisdiction, "", false, "", "", "",
				"", "", RuleBasis.PUBLISHED.name(), "", "", "", "");
	}

	RuleDraft draft() {
		List<FieldProblem> problems = new ArrayList<>();
		RuleKind ruleKind = parse("kind", kind, RuleKind.class, problems);
		LocalDate from = date(problems);
		EmissionStandard standard = parse("minStandard", minStandard, EmissionStandard.class, problems);
		TransferRule.Quota quota = new TransferRule.Quota(parse("quota", quotaIce, QuotaPolicy.class, problems),
				parse("quota", quotaHev, QuotaPolicy.class, problems),
				parse("quota", quotaPhev, QuotaPolicy.class, problems),
				parse("quota", quotaBev, QuotaPolicy.class, problems));
		RuleBasis ruleBasis = parse("basis", basis, RuleBasis.class, problems);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new RuleDraft(ruleKind, jurisdiction, from, !Boolean.TRUE.equals(repeal), standard, quota, ruleBasis, source,
				note, sourceZh, noteZh);
	}

	private LocalDate date(List<FieldProblem> problems) {
		if (effectiveFrom == null || effectiveFrom.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(effectiveFrom.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(FieldProblem.of("effectiveFrom", Reason.NOT_DATE, effectiveFrom.strip()));
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(String field, String value, Class<E> type, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(FieldProblem.of(field, Reason.NOT_VALID, value.strip()));
			return null;
		}
	}
}
