package org.clearlot.transfer.web;

import java.util.List;
import java.util.Map;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.identity.CurrentUser;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.ProblemMessages;
import org.clearlot.transfer.rule.QuotaPolicy;
import org.clearlot.transfer.rule.RuleAdministration;
import org.clearlot.transfer.rule.RuleBasis;
import org.clearlot.transfer.rule.RuleBook;
import org.clearlot.transfer.rule.RuleKind;
import org.clearlot.transfer.rule.TransferRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Admins keep the transfer rules: every rule with its latest version, each rule's history, and a form to add a rule
 * or supersede one from a date. Nothing is edited in place; every change is a new version, in force without a deploy.
 */
@Controller
class AdminTransferRulesController {

	private final RuleBook rules;
	private final RuleAdministration administration;
	private final ProblemMessages problems;

	AdminTransferRulesController(RuleBook rules, RuleAdministration administration, ProblemMessages problems) {
		this.rules = rules;
		this.administration = administration;
		this.problems = problems;
	}

	@GetMapping("/admin/transfer-rules")
	String list(Model model) {
		model.addAttribute("rules", rules.current().latest());
		return "transfer/admin-rules";
	}

	@GetMapping("/admin/transfer-rules/{kind}/{jurisdiction}")
	String history(@PathVariable String kind, @PathVariable String jurisdiction, Model model) {
		List<TransferRule> versions = rules.current().versions(kind + "/" + jurisdiction);
		if (versions.isEmpty()) {
			throw new NotFoundException("No transfer rule " + kind + "/" + jurisdiction);
		}
		List<TransferRule> newestFirst = new java.util.ArrayList<>(versions);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("versions", newestFirst);
		model.addAttribute("rule", versions.get(versions.size() - 1));
		return "transfer/admin-rule";
	}

	@GetMapping("/admin/transfer-rules/new")
	String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String jurisdiction,
			Model model) {
		RuleForm form = RuleForm.blank(kind, jurisdiction);
		if (kind != null && jurisdiction != null) {
			List<TransferRule> versions = rules.current().versions(kind + "/" + jurisdiction);
			if (!versions.isEmpty()) {
				form = RuleForm.superseding(versions.get(versions.size() - 1));
				model.addAttribute("superseding", versions.get(versions.size() - 1));
			}
		}
		return showForm(form, Map.of(), model);
	}

	@PostMapping("/admin/transfer-rules")
	String record(@ModelAttribute RuleForm form, Model model, RedirectAttributes redirect) {
		try {
			TransferRule rule = administration.record(form.draft(), CurrentUser.require().id());
			redirect.addFlashAttribute("recorded", rule.versionId());
			return "redirect:/admin/transfer-rules/" + rule.kind().name() + "/"
					+ UriUtils.encodePathSegment(rule.jurisdiction(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (InvalidInputException invalid) {
			return showForm(form, errors(invalid.fieldProblems()), model);
		}
	}

	private String showForm(RuleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("standards", EmissionStandard.values());
		model.addAttribute("policies", QuotaPolicy.values());
		model.addAttribute("bases", RuleBasis.values());
		model.addAttribute("cities", Cities.all());
		return "transfer/admin-rule-form";
	}

	private Map<String, String> errors(List<FieldProblem> fieldProblems) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		fieldProblems.forEach(p -> errors.merge(p.field(), problems.message(p), (a, b) -> a + "; " + b));
		return errors;
	}
}
