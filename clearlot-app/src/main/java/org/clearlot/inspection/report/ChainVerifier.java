package org.clearlot.inspection.report;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.clearlot.platform.integrity.CanonicalJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a VIN's chain of reports: each report's hash must be the SHA-256 of its canonical content, each must
 * name the previous report's hash, positions must run without gaps, and the columns the platform shows must say
 * what the hashed content says. The first report that fails is named.
 */
@Service
@Transactional(readOnly = true)
public class ChainVerifier {

	private final InspectionReports reports;

	ChainVerifier(InspectionReports reports) {
		this.reports = reports;
	}

	/** The outcome of a check; {@code brokenAt} is null when the chain is intact. */
	public record ChainCheck(boolean valid, int reports, BrokenLink brokenAt) {
	}

	/** The first report that fails, and why. */
	public record BrokenLink(UUID reportId, int position, String reason) {
	}

	public ChainCheck verify(String vin) {
		List<InspectionReport> chain = reports.chain(vin);
		String previousHash = null;
		for (int i = 0; i < chain.size(); i++) {
			InspectionReport report = chain.get(i);
			String problem = problemWith(report, i + 1, previousHash);
			if (problem != null) {
				return new ChainCheck(false, chain.size(), new BrokenLink(report.id(), report.chainPosition(), problem));
			}
			previousHash = report.hash();
		}
		return new ChainCheck(true, chain.size(), null);
	}

	private static String problemWith(InspectionReport report, int expectedPosition, String previousHash) {
		if (report.chainPosition() != expectedPosition) {
			return "chain position " + report.chainPosition() + " where " + expectedPosition + " was expected";
		}
		if (!CanonicalJson.sha256(report.canonicalContent()).equals(report.hash())) {
			return "the content does not match its hash";
		}
		if (!Objects.equals(report.previousHash(), previousHash)) {
			return "it does not name the previous report's hash";
		}
		ReportContent content;
		try {
			content = CanonicalJson.read(report.canonicalContent(), ReportContent.class);
		}
		catch (RuntimeException unreadable) {
			return "the content cannot be read";
		}
		boolean same = Objects.equals(content.previousHash(), previousHash) && content.id().equals(report.id())
				&& content.vin().equals(report.vin()) && content.version() == report.version()
				&& Objects.equals(content.supersedes(), report.supersedes()) && content.odometerKm() == report.odometerKm()
				&& content.inspectedAt().equals(report.inspectedAt()) && content.grading().score() == report.score()
				&& content.grading().grade() == report.grade() && content.grading().accident() == report.accident()
				&& content.grading().flood() == report.flood() && content.grading().fire() == report.fire()
				&& content.grading().tradable() == report.tradable();
		return same ? null : "the stored columns differ from the signed content";
	}
}
