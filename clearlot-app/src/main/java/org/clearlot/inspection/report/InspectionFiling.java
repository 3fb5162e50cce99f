package org.clearlot.inspection.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.VehicleCondition;
import org.clearlot.catalog.VehicleSummary;
import org.clearlot.identity.UserAccount;
import org.clearlot.inspection.InspectionReportSigned;
import org.clearlot.inspection.ReportDraft;
import org.clearlot.inspection.grading.Grader;
import org.clearlot.inspection.grading.Grading;
import org.clearlot.inspection.history.MileageRecorder;
import org.clearlot.inspection.history.MileageSource;
import org.clearlot.inspection.report.DraftValidation.Validated;
import org.clearlot.platform.integrity.CanonicalJson;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.ForbiddenException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and corrects reports. An inspector must work for an organization other than the one selling the car;
 * a correction comes from the original report's organization and supersedes exactly one report. Each signed report
 * is appended to its VIN's hash chain under a per-VIN database lock, so concurrent filings cannot fork the chain.
 */
@Service
public class InspectionFiling {

	private final CatalogApi catalog;
	private final InspectionReportRepository reports;
	private final Grader grader;
	private final MileageRecorder mileage;
	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;
	private final org.clearlot.inspection.photo.PhotoService photos;

	InspectionFiling(CatalogApi catalog, InspectionReportRepository reports, Grader grader, MileageRecorder mileage,
			JdbcTemplate jdbc, ApplicationEventPublisher events, org.clearlot.inspection.photo.PhotoService photos) {
		this.photos = photos;
		this.catalog = catalog;
		this.reports = reports;
		this.grader = grader;
		this.mileage = mileage;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public InspectionReport file(UserAccount inspector, String vin, ReportDraft draft) {
		VehicleSummary vehicle = catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		UUID organization = independentOrganization(inspector, vehicle);
		Validated validated = DraftValidation.validate(draft, vehicle.powertrain().hasTractionBattery(), photosOf(inspector));
		return sign(vehicle.vin(), validated, inspector, organization, 1, null, null);
	}

	@Transactional
	public InspectionReport correct(UserAccount inspector, UUID reportId, ReportDraft draft) {
		InspectionReport original = reports.findById(reportId)
				.orElseThrow(() -> new NotFoundException("No inspection report " + reportId));
		if (!inspector.belongsTo(original.inspectorOrganization())) {
			throw new ForbiddenException("Only the organization that filed report " + reportId + " may correct it");
		}
		VehicleSummary vehicle = catalog.findVehicle(original.vin()).orElseThrow();
		UUID organization = independentOrganization(inspector, vehicle);
		if (draft.reason() == null || draft.reason().isBlank()) {
			throw InvalidInputException.of("reason", Reason.REQUIRED);
		}
		Validated validated = DraftValidation.validate(draft, vehicle.powertrain().hasTractionBattery(), photosOf(inspector));
		lockChain(original.vin());
		if (reports.isSuperseded(reportId)) {
			throw new ConflictException("Report " + reportId + " was already corrected; correct its latest version");
		}
		return sign(original.vin(), validated, inspector, organization, original.version() + 1, original.id(),
				draft.reason().strip());
	}

	/** Photos this inspector uploaded, by id. */
	private java.util.function.Function<UUID, java.util.Optional<ReportContent.PhotoRef>> photosOf(UserAccount inspector) {
		return id -> photos.findOwned(id, inspector.id()).map(photo -> new ReportContent.PhotoRef(photo.id(), photo.sha256()));
	}

	private UUID independentOrganization(UserAccount inspector, VehicleSummary vehicle) {
		UUID organization = inspector.organization()
				.orElseThrow(() -> new ForbiddenException("An inspector must belong to an inspection organization"));
		if (catalog.sellingOrganization(vehicle.vin()).filter(organization::equals).isPresent()) {
			throw new ForbiddenException("An inspector may not inspect a car listed by their own organization");
		}
		return organization;
	}

	private InspectionReport sign(String vin, Validated facts, UserAccount inspector, UUID organization, int version,
			UUID supersedes, String reason) {
		lockChain(vin);
		var last = reports.findFirstByVinOrderByChainPositionDesc(vin);
		Grading grading = grader.grade(facts.gradingInput());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ReportContent content = new ReportContent(UUID.randomUUID(), vin, version, supersedes, reason, inspector.id(),
				organization, facts.inspectedAt().truncatedTo(ChronoUnit.MICROS), now, facts.odometerKm(),
				facts.tradability(), facts.body(), facts.structural(), facts.items(), facts.soaked(), facts.burnAreaM2(),
				facts.ev(), facts.photos(), grading, last.map(InspectionReport::hash).orElse(null));
		String canonical = CanonicalJson.write(content);
		int position = last.map(InspectionReport::chainPosition).orElse(0) + 1;
		InspectionReport report = reports.save(new InspectionReport(
				new SignedContent(content, canonical, CanonicalJson.sha256(canonical), position)));
		mileage.record(vin, MileageSource.INSPECTION, "report-" + report.id(), report.odometerKm(), report.inspectedAt());
		catalog.recordCondition(vin, new VehicleCondition(report.id(), report.grade(), report.accident(), report.flood(),
				report.fire()));
		events.publishEvent(new InspectionReportSigned(report.id(), vin, version, report.score(), report.grade(),
				report.accident(), report.flood(), report.fire()));
		return report;
	}

	/** Serializes appends to one VIN's chain until the transaction ends. */
	private void lockChain(String vin) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, "inspection-chain:" + vin);
	}
}
