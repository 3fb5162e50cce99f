package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clearlot.transfer.eligibility.Finding;
import org.clearlot.transfer.eligibility.TransferAnswer;
import org.clearlot.transfer.rule.TransferRule;

/**
 * The API's answer. Each reason cites its rule ({@code ruleId} such as {@code INBOUND_EMISSION/Hangzhou}), the
 * version used, its source and the date that version took effect; {@code ruleVersions} lists every version consulted.
 */
record EligibilityResponse(UUID answerId, String vin, String toCity, LocalDate date, String outcome,
		List<Reason> reasons, List<Step> steps, List<String> ruleVersions) {

	record Reason(String code, String message, String ruleId, int ruleVersion, String source, String basis,
			LocalDate effectiveFrom) {
	}

	record Step(String code, String message, String ruleId) {
	}

	static EligibilityResponse of(TransferAnswer answer, FindingText text) {
		List<Reason> reasons = answer.assessment().reasons().stream().map(f -> reason(f, text)).toList();
		List<Step> steps = answer.assessment().steps().stream()
				.map(f -> new Step(f.code(), text.text(f), f.rule() == null ? null : f.rule().ruleId())).toList();
		return new EligibilityResponse(answer.id(), answer.vin(), answer.destination().id(), answer.date(),
				answer.assessment().outcome().name(), reasons, steps,
				answer.assessment().rulesUsed().stream().map(TransferRule::versionId).toList());
	}

	private static Reason reason(Finding finding, FindingText text) {
		TransferRule rule = finding.rule();
		return new Reason(finding.code(), text.text(finding), rule.ruleId(), rule.version(),
				rule.source(org.springframework.context.i18n.LocaleContextHolder.getLocale()), rule.basis().name(),
				rule.effectiveFrom());
	}
}
