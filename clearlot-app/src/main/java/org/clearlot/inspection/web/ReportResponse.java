package org.clearlot.inspection.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clearlot.inspection.grading.FloodIndicator;
import org.clearlot.inspection.grading.Grading.Deduction;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;
import org.clearlot.inspection.grading.Section;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.ReportContent;

/** A signed report as the API returns it: the verdict first, then everything recorded and the chain links. */
record ReportResponse(UUID id, String vin, int version, UUID supersedes, String correctionReason, int chainPosition,
		int score, int grade, boolean accident, boolean flood, boolean fire, boolean tradable, Instant inspectedAt,
		Instant signedAt, int odometerKm, UUID inspectorId, UUID inspectorOrganization,
		ReportContent.Tradability tradability, List<BodyFinding> body, List<StructuralFinding> structural,
		List<ItemFinding> items, Set<FloodIndicator> soaked, BigDecimal burnAreaM2, ReportContent.Ev ev,
		Map<Section, Integer> sectionScores, List<Deduction> deductions, Map<String, List<ReportContent.PhotoRef>> photos,
		String hash, String previousHash) {

	static ReportResponse of(InspectionReport report, ReportContent content) {
		return new ReportResponse(report.id(), report.vin(), report.version(), report.supersedes(),
				report.correctionReason(), report.chainPosition(), report.score(), report.grade(), report.accident(),
				report.flood(), report.fire(), report.tradable(), report.inspectedAt(), report.signedAt(),
				report.odometerKm(), report.inspectorId(), report.inspectorOrganization(), content.tradability(),
				content.body(), content.structural(), content.items(), content.soaked(), content.burnAreaM2(), content.ev(),
				content.grading().sectionScores(), content.grading().deductions(), content.photos(), report.hash(),
				report.previousHash());
	}
}
