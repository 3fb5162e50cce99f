package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.clearlot.platform.geo.Cities;
import org.clearlot.transfer.eligibility.TransferEligibility;
import org.clearlot.transfer.rule.RuleBook;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.RuleSet;
import org.clearlot.transfer.rule.TransferRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of transfer rules: per city what applies on a date, and the national rules, with sources. */
@Controller
class TransferRulesPageController {

	private final RuleBook rules;
	private final TransferEligibility eligibility;

	TransferRulesPageController(RuleBook rules, TransferEligibility eligibility) {
		this.rules = rules;
		this.eligibility = eligibility;
	}

	@GetMapping("/transfer-rules")
	String page(@RequestParam(required = false) String date, Model model) {
		RuleSet current = rules.current();
		LocalDate day = day(date, current, model);
		model.addAttribute("date", day);
		model.addAttribute("rulesStart", current.start());
		model.addAttribute("national", List.of(RuleKind.TRADABILITY, RuleKind.INBOUND_EMISSION,
				RuleKind.NATIONAL_NO_REFUSAL, RuleKind.TEMPORARY_PLATE).stream()
				.flatMap(kind -> current.inForce(TransferRule.key(kind, TransferRule.NATIONAL), day).stream())
				.filter(TransferRule::active).toList());
		model.addAttribute("cities", Cities.all().stream().map(city -> CityRules.of(city, current, day)).toList());
		return "transfer/rules";
	}

	private LocalDate day(String raw, RuleSet current, Model model) {
		LocalDate today = eligibility.today();
		if (raw == null || raw.isBlank()) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(raw.strip());
			if (!day.isBefore(current.start())) {
				return day;
			}
		}
		catch (DateTimeParseException e) {
			// fall through: the page says the date was not understood
		}
		model.addAttribute("badDate", raw.strip());
		return today;
	}
}
