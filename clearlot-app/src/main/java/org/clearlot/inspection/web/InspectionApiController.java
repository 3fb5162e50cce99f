package org.clearlot.inspection.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.inspection.history.VehicleHistory;
import org.clearlot.inspection.history.VehicleHistoryService;
import org.clearlot.inspection.report.ChainVerifier;
import org.clearlot.inspection.report.ChainVerifier.ChainCheck;
import org.clearlot.inspection.report.InspectionFiling;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.InspectionReports;
import org.clearlot.inspection.ReportDraft;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors file and correct reports; anyone reads reports, a car's history and its chain check. */
@RestController
@RequestMapping("/api/v1")
class InspectionApiController {

	private final InspectionFiling filing;
	private final InspectionReports reports;
	private final ChainVerifier verifier;
	private final VehicleHistoryService history;
	private final CatalogApi catalog;

	InspectionApiController(InspectionFiling filing, InspectionReports reports, ChainVerifier verifier,
			VehicleHistoryService history, CatalogApi catalog) {
		this.filing = filing;
		this.reports = reports;
		this.verifier = verifier;
		this.history = history;
		this.catalog = catalog;
	}

	@PostMapping("/vehicles/{vin}/inspections")
	ResponseEntity<ReportResponse> file(@PathVariable String vin, @RequestBody ReportDraft draft) {
		return created(filing.file(CurrentUser.require(), vin, draft));
	}

	@PostMapping("/inspections/{id}/corrections")
	ResponseEntity<ReportResponse> correct(@PathVariable UUID id, @RequestBody ReportDraft draft) {
		return created(filing.correct(CurrentUser.require(), id, draft));
	}

	@GetMapping("/vehicles/{vin}/inspections")
	List<ReportResponse> list(@PathVariable String vin) {
		requireVehicle(vin);
		return reports.chain(vin).stream().map(this::response).toList();
	}

	@GetMapping("/inspections/{id}")
	ReportResponse get(@PathVariable UUID id) {
		return response(reports.find(id));
	}

	@GetMapping("/vehicles/{vin}/history")
	VehicleHistory history(@PathVariable String vin) {
		return history.history(vin);
	}

	@GetMapping("/vehicles/{vin}/history/verify")
	ChainCheck verify(@PathVariable String vin) {
		requireVehicle(vin);
		return verifier.verify(vin);
	}

	private void requireVehicle(String vin) {
		catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
	}

	private ResponseEntity<ReportResponse> created(InspectionReport report) {
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + report.id())).body(response(report));
	}

	private ReportResponse response(InspectionReport report) {
		return ReportResponse.of(report, reports.content(report));
	}
}
