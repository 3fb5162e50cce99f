package org.clearlot.transfer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.clearlot.catalog.Powertrain;
import org.clearlot.transfer.rule.TransferRule;

/** One version of a transfer rule as the API shows it. */
record RuleResponse(String ruleId, int version, String kind, String jurisdiction, LocalDate effectiveFrom,
		boolean active, String minStandard, Map<String, String> plateQuota, String basis, String source, String note,
		Instant recordedAt, boolean shipped) {

	static RuleResponse of(TransferRule rule) {
		TransferRule.Quota q = rule.quota();
		Map<String, String> quota = q == null ? null
				: Map.of(Powertrain.ICE.name(), q.ice().name(), Powertrain.HEV.name(), q.hev().name(),
						Powertrain.PHEV.name(), q.phev().name(), Powertrain.BEV.name(), q.bev().name());
		return new RuleResponse(rule.ruleId(), rule.version(), rule.kind().name(), rule.jurisdiction(),
				rule.effectiveFrom(), rule.active(), rule.minStandard() == null ? null : rule.minStandard().name(), quota,
				rule.basis().name(), rule.source(), rule.note(), rule.recordedAt(), rule.recordedBy() == null);
	}
}
