package org.clearlot.inspection.web;

import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.inspection.history.VehicleHistoryService;
import org.clearlot.inspection.report.ChainVerifier;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.InspectionReports;
import org.clearlot.inspection.report.ReportContent;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Inspection pages: the printable report, and the condition panel and chain check that the listing page loads with
 * htmx (so the catalog's page shows inspection results without the catalog depending on this module).
 */
@Controller
class InspectionPageController {

	private final InspectionReports reports;
	private final VehicleHistoryService history;
	private final ChainVerifier verifier;
	private final CatalogApi catalog;
	private final InspectionLabels labels;

	InspectionPageController(InspectionReports reports, VehicleHistoryService history, ChainVerifier verifier,
			CatalogApi catalog, InspectionLabels labels) {
		this.reports = reports;
		this.history = history;
		this.verifier = verifier;
		this.catalog = catalog;
		this.labels = labels;
	}

	@GetMapping("/inspections/{id}")
	String report(@PathVariable UUID id, Model model) {
		InspectionReport report = reports.find(id);
		model.addAttribute("report", report);
		model.addAttribute("reportContent", reports.content(report));
		model.addAttribute("vehicle", catalog.findVehicle(report.vin()).orElse(null));
		return "inspection/report";
	}

	@GetMapping("/vehicles/{vin}/condition")
	String condition(@PathVariable String vin, Model model) {
		var vehicleHistory = history.history(vin);
		model.addAttribute("history", vehicleHistory);
		// Computed here: Thymeleaf does not let data-* attributes call beans.
		model.addAttribute("readingsJson", labels.readingsJson(vehicleHistory.mileageReadings()));
		List<InspectionReport> current = reports.current(vin);
		if (!current.isEmpty()) {
			InspectionReport latest = current.get(current.size() - 1);
			ReportContent content = reports.content(latest);
			model.addAttribute("latest", latest);
			model.addAttribute("reportContent", content);
			model.addAttribute("diagram", ConditionPanel.diagram(content));
		}
		return "inspection/condition :: panel";
	}

	@GetMapping("/vehicles/{vin}/verify")
	String verify(@PathVariable String vin, Model model) {
		catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		model.addAttribute("check", verifier.verify(vin));
		return "inspection/condition :: verify";
	}
}
