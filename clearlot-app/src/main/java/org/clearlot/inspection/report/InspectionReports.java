package org.clearlot.inspection.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.clearlot.catalog.Vin;
import org.clearlot.platform.integrity.CanonicalJson;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reports: a VIN's whole chain, its current reports (those no correction superseded), one report. */
@Service
@Transactional(readOnly = true)
public class InspectionReports {

	private final InspectionReportRepository reports;

	InspectionReports(InspectionReportRepository reports) {
		this.reports = reports;
	}

	/** Every report of the VIN in chain order, superseded ones included. */
	public List<InspectionReport> chain(String vin) {
		return Vin.check(vin).isPresent() ? List.of() : reports.findByVinOrderByChainPosition(Vin.of(vin).value());
	}

	/** The VIN's reports that no correction superseded, in chain order. */
	public List<InspectionReport> current(String vin) {
		List<InspectionReport> chain = chain(vin);
		Set<UUID> superseded = new HashSet<>();
		chain.forEach(report -> {
			if (report.supersedes() != null) {
				superseded.add(report.supersedes());
			}
		});
		return chain.stream().filter(report -> !superseded.contains(report.id())).toList();
	}

	public InspectionReport find(UUID id) {
		return reports.findById(id).orElseThrow(() -> new NotFoundException("No inspection report " + id));
	}

	/** The report's full content, read back from its canonical text. */
	public ReportContent content(InspectionReport report) {
		return CanonicalJson.read(report.canonicalContent(), ReportContent.class);
	}
}
