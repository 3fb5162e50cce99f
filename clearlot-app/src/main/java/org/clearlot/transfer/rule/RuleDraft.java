package org.clearlot.transfer.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/**
 * A new version of a transfer rule as an admin enters it. {@link #validated()} names every problem at once and
 * returns the draft with the jurisdiction normalized to "CN" or a city's pinyin id.
 */
public record RuleDraft(RuleKind kind, String jurisdiction, LocalDate effectiveFrom, boolean active,
		EmissionStandard minStandard, TransferRule.Quota quota, RuleBasis basis, String source, String note,
		String sourceZh, String noteZh) {

	static final int MAX_TEXT = 2000;
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	public RuleDraft validated() {
		List<FieldProblem> problems = new ArrayList<>();
		String place = normalizedJurisdiction(problems);
		if (kind == null) {
			problems.add(FieldProblem.of("kind", Reason.REQUIRED_ONE_OF, List.of(RuleKind.values())));
		}
		else if (place != null) {
			checkScope(place, problems);
		}
		if (effectiveFrom == null) {
			problems.add(FieldProblem.of("effectiveFrom", Reason.REQUIRED));
		}
		else if (effectiveFrom.isBefore(EARLIEST) || effectiveFrom.isAfter(LATEST)) {
			problems.add(FieldProblem.of("effectiveFrom", Reason.RANGE, EARLIEST, LATEST));
		}
		if (kind != null && active) {
			checkParameters(problems);
		}
		if (basis == null) {
			problems.add(FieldProblem.of("basis", Reason.REQUIRED_ONE_OF, List.of(RuleBasis.values())));
		}
		checkText("source", source, true, problems);
		checkText("note", note, false, problems);
		checkText("sourceZh", sourceZh, false, problems);
		checkText("noteZh", noteZh, false, problems);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new RuleDraft(kind, place, effectiveFrom, active, kind.hasMinStandard() && active ? minStandard : null,
				kind == RuleKind.PLATE_QUOTA && active ? quota : null, basis, source.strip(), optional(note),
				optional(sourceZh), optional(noteZh));
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private String normalizedJurisdiction(List<FieldProblem> problems) {
		if (jurisdiction == null || jurisdiction.isBlank()) {
			problems.add(FieldProblem.of("jurisdiction", Reason.REQUIRED));
			return null;
		}
		if (TransferRule.NATIONAL.equalsIgnoreCase(jurisdiction.strip())) {
			return TransferRule.NATIONAL;
		}
		String city = Cities.find(jurisdiction).map(City::id).orElse(null);
		if (city == null) {
			problems.add(FieldProblem.of("jurisdiction", Reason.JURISDICTION_UNKNOWN, jurisdiction.strip()));
		}
		return city;
	}

	private void checkScope(String place, List<FieldProblem> problems) {
		boolean national = TransferRule.NATIONAL.equals(place);
		if (national && !kind.nationalAllowed() || !national && !kind.local()) {
			problems.add(FieldProblem.of("jurisdiction", Reason.NOT_VALID, place));
		}
	}

	private void checkParameters(List<FieldProblem> problems) {
		if (kind.hasMinStandard() && minStandard == null) {
			problems.add(FieldProblem.of("minStandard", Reason.REQUIRED_ONE_OF, List.of(EmissionStandard.values())));
		}
		if (kind == RuleKind.PLATE_QUOTA && (quota == null || quota.ice() == null || quota.hev() == null
				|| quota.phev() == null || quota.bev() == null)) {
			problems.add(FieldProblem.of("quota", Reason.REQUIRED_ONE_OF, List.of(QuotaPolicy.values())));
		}
	}

	private static void checkText(String field, String text, boolean required, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, Reason.REQUIRED));
			}
		}
		else if (text.strip().length() > MAX_TEXT) {
			problems.add(FieldProblem.of(field, Reason.TOO_LONG, MAX_TEXT));
		}
	}
}
