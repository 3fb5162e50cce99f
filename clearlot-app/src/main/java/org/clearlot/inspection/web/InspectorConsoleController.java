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
	private final org.clearlot.inspection.photo.PhotoService photos;

	InspectorConsoleController(InspectionFiling filing, CatalogApi catalog, ProblemMessages problemMessages,
			org.clearlot.inspection.photo.PhotoService photos) {
		this.photos = photos;
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
	String file(@RequestParam MultiValueMap<String, String> form, jakarta.servlet.http.HttpServletRequest request,
			Model model) {
		String vin = value(form, "vin");
		try {
			var inspector = CurrentUser.require();
			java.util.Map<String, List<java.util.UUID>> photoIds = uploadPhotos(inspector, request);
			InspectionReport report = filing.file(inspector, vin == null ? "" : vin, ConsoleForm.draft(form, photoIds));
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

	/** Uploads the photos attached to body rows ({@code body.<item>.photo}) and returns their ids by item key. */
	private java.util.Map<String, List<java.util.UUID>> uploadPhotos(org.clearlot.identity.UserAccount inspector,
			jakarta.servlet.http.HttpServletRequest request) {
		java.util.Map<String, List<java.util.UUID>> ids = new java.util.HashMap<>();
		if (!(request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart)) {
			return ids;
		}
		for (var entry : multipart.getMultiFileMap().entrySet()) {
			for (var file : entry.getValue()) {
				if (file.isEmpty()) {
					continue;
				}
				try {
					var photo = photos.upload(inspector, file.getOriginalFilename(), file.getBytes());
					ids.computeIfAbsent(entry.getKey().replace(".photo", ""), k -> new ArrayList<>()).add(photo.id());
				}
				catch (java.io.IOException unreadable) {
					throw InvalidInputException.of(entry.getKey(), org.clearlot.platform.web.Reason.PHOTO_NOT_IMAGE);
				}
			}
		}
		return ids;
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

		static ReportDraft draft(MultiValueMap<String, String> form, java.util.Map<String, List<java.util.UUID>> photoIds) {
			List<ReportDraft.Finding> findings = new ArrayList<>();
			for (BodyItem item : BodyItem.values()) {
				String code = value(form, "body." + item.item() + ".code");
				if (code != null) {
					findings.add(new ReportDraft.Finding(item.item(), code, integer(form, "body." + item.item() + ".degree"),
							form.containsKey("body." + item.item() + ".repainted"),
							form.containsKey("body." + item.item() + ".replaced"),
							integer(form, "body." + item.item() + ".microns"), null, null, null,
							photoIds.get("body." + item.item())));
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
					findings, new ReportDraft.Flood(soaked), new ReportDraft.Fire(decimal(value(form, "burnAreaM2"))), ev(form), null);
		}

		/** The EV section, when the form has it (plug-in hybrids and electric cars). */
		private static ReportDraft.Ev ev(MultiValueMap<String, String> form) {
			if (!form.containsKey("ev.present")) {
				return null;
			}
			return new ReportDraft.Ev(integer(form, "ev.insulationResistanceKohm"), integer(form, "ev.cellVoltageSpreadMv"),
					form.containsKey("ev.packCasingDamage"), form.containsKey("ev.underbodyStrikes"),
					!form.containsKey("ev.coolingFault"), List.of(), !form.containsKey("ev.chargingPortFault"),
					form.containsKey("ev.batteryWarrantyTransferable"));
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
