package org.clearlot.inspection.web;

import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.inspection.history.VehicleHistoryService;
import org.clearlot.inspection.pdf.ReportPdf;
import org.clearlot.inspection.report.ChainVerifier;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.InspectionReports;
import org.clearlot.inspection.report.ReportContent;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
	private final ReportPdf pdf;

	InspectionPageController(InspectionReports reports, VehicleHistoryService history, ChainVerifier verifier,
			CatalogApi catalog, InspectionLabels labels, ReportPdf pdf) {
		this.reports = reports;
		this.history = history;
		this.verifier = verifier;
		this.catalog = catalog;
		this.labels = labels;
		this.pdf = pdf;
	}

	@GetMapping("/inspections/{id}")
	String report(@PathVariable UUID id, Model model) {
		InspectionReport report = reports.find(id);
		model.addAttribute("report", report);
		model.addAttribute("reportContent", reports.content(report));
		model.addAttribute("vehicle", catalog.findVehicle(report.vin()).orElse(null));
		return "inspection/report";
	}

	/** The report as a PDF download, in the reader's language, with a QR code of the report's page. */
	@GetMapping("/inspections/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		InspectionReport report = reports.find(id);
		String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/inspections/{id}")
			.buildAndExpand(id).toUriString();
		byte[] document = pdf.render(report, reports.content(report), catalog.findVehicle(report.vin()).orElse(null),
				pageUrl, LocaleContextHolder.getLocale());
		String fileName = "clearlot-inspection-" + report.vin() + "-v" + report.version() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(document);
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
