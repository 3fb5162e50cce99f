package org.clearlot.inspection.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.inspection.ReportDraft;
import org.clearlot.inspection.diagram.BodyItem;
import org.clearlot.inspection.grading.BodyDefect;
import org.clearlot.inspection.grading.FloodIndicator;
import org.clearlot.inspection.grading.Section;
import org.clearlot.inspection.grading.StructuralDefect;
import org.clearlot.inspection.grading.StructuralPosition;
import org.clearlot.inspection.report.InspectionFiling;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspector console: one page with every GB/T 30323 check, item by item (body panels, structural positions,
 * the other sections' items, flood and fire indicators, the EV section), laid out for a tablet.
 */
@Controller
@RequestMapping("/inspector")
class InspectorConsoleController {

	private final InspectionFiling filing;
	private final CatalogApi catalog;
	private final ProblemMessages problemMessages;

	InspectorConsoleController(InspectionFiling filing, CatalogApi catalog, ProblemMessages problemMessages) {
		this.filing = filing;
		this.catalog = catalog;
		this.problemMessages = problemMessages;
	}

	@GetMapping("/reports/new")
	String form(@RequestParam(required = false) String vin, Model model) {
		model.addAttribute("vin", vin == null ? "" : vin.strip());
		model.addAttribute("vehicle", vin == null ? null : catalog.findVehicle(vin).orElse(null));
		return choices(model);
	}

	@PostMapping("/reports")
	String file(@RequestParam MultiValueMap<String, String> form, Model model) {
		String vin = value(form, "vin");
		try {
			InspectionReport report = filing.file(CurrentUser.require(), vin == null ? "" : vin, ConsoleForm.draft(form));
			return "redirect:/inspections/" + report.id();
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("problems", invalid.fieldProblems().stream().map(problemMessages::text).toList());
		}
		catch (ForbiddenException | org.clearlot.platform.web.NotFoundException refused) {
			model.addAttribute("problems", List.of(refused.getMessage()));
		}
		model.addAttribute("vin", vin);
		model.addAttribute("vehicle", vin == null ? null : catalog.findVehicle(vin).orElse(null));
		model.addAttribute("form", form.toSingleValueMap());
		return choices(model);
	}

	private static String choices(Model model) {
		model.addAttribute("bodyItems", BodyItem.values());
		model.addAttribute("bodyDefects", BodyDefect.values());
		model.addAttribute("positions", StructuralPosition.values());
		model.addAttribute("structuralDefects", StructuralDefect.values());
		model.addAttribute("floodIndicators", FloodIndicator.values());
		model.addAttribute("sections", List.of(Section.ENGINE_BAY, Section.CABIN, Section.START_UP, Section.ROAD_TEST,
				Section.CHASSIS, Section.FUNCTIONAL));
		return "inspection/console";
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Reads the console's form fields into a report draft; unreadable numbers are left for validation to name. */
	static final class ConsoleForm {

		private ConsoleForm() {
		}

		static ReportDraft draft(MultiValueMap<String, String> form) {
			List<ReportDraft.Finding> findings = new ArrayList<>();
			for (BodyItem item : BodyItem.values()) {
				String code = value(form, "body." + item.item() + ".code");
				if (code != null) {
					findings.add(new ReportDraft.Finding(item.item(), code, integer(form, "body." + item.item() + ".degree"),
							form.containsKey("body." + item.item() + ".repainted"),
							form.containsKey("body." + item.item() + ".replaced"),
							integer(form, "body." + item.item() + ".microns"), null, null, null, null));
				}
			}
			for (StructuralPosition position : StructuralPosition.values()) {
				String code = value(form, "structural." + position.name());
				if (code != null) {
					findings.add(new ReportDraft.Finding(null, code, null, null, null, null, position.name(), null, null, null));
				}
			}
			for (int item = 40; item <= 113; item++) {
				Integer severity = integer(form, "item." + item);
				if (severity != null) {
					findings.add(new ReportDraft.Finding(item, null, null, null, null, null, null, severity, null, null));
				}
			}
			List<String> soaked = new ArrayList<>();
			for (FloodIndicator indicator : FloodIndicator.values()) {
				if (form.containsKey("flood." + indicator.name())) {
					soaked.add(indicator.name());
				}
			}
			boolean tradable = form.containsKey("tradable");
			return new ReportDraft(inspectedAt(value(form, "inspectedAt")), integer(form, "odometerKm"),
					new ReportDraft.Tradability(tradable, tradable, tradable, tradable, tradable, tradable, tradable, tradable,
							tradable),
					findings, new ReportDraft.Flood(soaked), new ReportDraft.Fire(decimal(value(form, "burnAreaM2"))), null, null);
		}

		private static java.time.OffsetDateTime inspectedAt(String value) {
			if (value == null) {
				return null;
			}
			try {
				return LocalDateTime.parse(value).atOffset(ZoneOffset.ofHours(8));
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}

		private static Integer integer(MultiValueMap<String, String> form, String name) {
			String value = value(form, name);
			try {
				return value == null ? null : Integer.valueOf(value);
			}
			catch (NumberFormatException unreadable) {
				return -1;
			}
		}

		private static BigDecimal decimal(String value) {
			try {
				return value == null ? null : new BigDecimal(value);
			}
			catch (NumberFormatException unreadable) {
				return BigDecimal.valueOf(-1);
			}
		}
	}
}
