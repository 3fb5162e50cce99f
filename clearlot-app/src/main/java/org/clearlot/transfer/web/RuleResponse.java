package org.clearlot.transfer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.clearlot.transfer.rule.TransferRule;

/** One version of a transfer rule as the API shows it. */
record RuleResponse(String ruleId, int version, String kind, String jurisdiction, LocalDate effectiveFrom,
		boolean active, String minStandard, Map<String, String> plateQuota, String basis, String source, String note,
		String sourceZh, String noteZh, Instant recordedAt, boolean shipped) {

	static RuleResponse of(TransferRule rule) {
		Map<String, String> quota = rule.quota() == null ? null : rule.quota().byPowertrain();
		return new RuleResponse(rule.ruleId(), rule.version(), rule.kind().name(), rule.jurisdiction(),
				rule.effectiveFrom(), rule.active(), rule.minStandard() == null ? null : rule.minStandard().name(), quota,
				rule.basis().name(), rule.source(), rule.note(), rule.sourceZh(), rule.noteZh(), rule.recordedAt(),
				rule.recordedBy() == null);
	}
}
