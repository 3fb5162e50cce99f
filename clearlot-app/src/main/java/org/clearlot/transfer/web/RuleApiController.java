package org.clearlot.transfer.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.identity.CurrentUser;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.transfer.rule.QuotaPolicy;
import org.clearlot.transfer.rule.RuleAdministration;
import org.clearlot.transfer.rule.RuleBasis;
import org.clearlot.transfer.rule.RuleBook;
import org.clearlot.transfer.rule.RuleDraft;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.TransferRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfer rules: every rule's latest version and each rule's history are public; admins record new versions
 * (a new rule, or one superseding the rule from its effective date).
 */
@RestController
@RequestMapping("/api/v1/transfer-rules")
class RuleApiController {

	private final RuleBook rules;
	private final RuleAdministration administration;

	RuleApiController(RuleBook rules, RuleAdministration administration) {
		this.rules = rules;
		this.administration = administration;
	}

	@GetMapping
	List<RuleResponse> latest() {
		return rules.current().latest().stream().map(RuleResponse::of).toList();
	}

	/** Every version of one rule, oldest first, e.g. {@code /api/v1/transfer-rules/INBOUND_EMISSION/Hangzhou}. */
	@GetMapping("/{kind}/{jurisdiction}")
	List<RuleResponse> versions(@PathVariable String kind, @PathVariable String jurisdiction) {
		List<TransferRule> versions = rules.current().versions(kind + "/" + jurisdiction);
		if (versions.isEmpty()) {
			throw new NotFoundException("No transfer rule " + kind + "/" + jurisdiction);
		}
		return versions.stream().map(RuleResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<RuleResponse> record(@RequestBody NewRuleVersion body) {
		TransferRule rule = administration.record(body.draft(), CurrentUser.require().id());
		return ResponseEntity.created(URI.create("/api/v1/transfer-rules/" + rule.ruleId()))
				.body(RuleResponse.of(rule));
	}

	/** A new version; {@code active} false repeals the rule from {@code effectiveFrom}; quota per powertrain. */
	record NewRuleVersion(RuleKind kind, String jurisdiction, LocalDate effectiveFrom, Boolean active,
			EmissionStandard minStandard, QuotaBody plateQuota, RuleBasis basis, String source, String note,
			String sourceZh, String noteZh) {

		RuleDraft draft() {
			TransferRule.Quota quota = plateQuota == null ? null
					: new TransferRule.Quota(plateQuota.ICE(), plateQuota.HEV(), plateQuota.PHEV(), plateQuota.BEV());
			return new RuleDraft(kind, jurisdiction, effectiveFrom, active == null || active, minStandard, quota,
					basis, source, note, sourceZh, noteZh);
		}
	}

	record QuotaBody(QuotaPolicy ICE, QuotaPolicy HEV, QuotaPolicy PHEV, QuotaPolicy BEV) {
	}
}
