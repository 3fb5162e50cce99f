package org.clearlot.inspection.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.clearlot.inspection.grading.BodyDefect;
import org.clearlot.platform.integrity.CanonicalJson;
import org.clearlot.inspection.grading.DeductionTable;
import org.clearlot.inspection.grading.FloodIndicator;
import org.clearlot.inspection.grading.Grader;
import org.clearlot.inspection.grading.GradingInput;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

	@Test
	void theSameContentAlwaysGivesTheSameTextAndHashAndReadsBack() {
		ReportContent content = content("5f3c0a4e-1111-4bcd-9a00-000000000001", 42_000);
		String text = CanonicalJson.write(content);
		assertThat(CanonicalJson.write(CanonicalJson.read(text, ReportContent.class))).isEqualTo(text);
		assertThat(CanonicalJson.read(text, ReportContent.class)).isEqualTo(content);
		assertThat(CanonicalJson.sha256(text)).matches("[0-9a-f]{64}").isEqualTo(CanonicalJson.sha256(CanonicalJson.write(content)));
		assertThat(text).doesNotContain(" \"").startsWith("{\"body\":");
	}

	@Test
	void anyChangeChangesTheHash() {
		String one = CanonicalJson.sha256(CanonicalJson.write(content("5f3c0a4e-1111-4bcd-9a00-000000000001", 42_000)));
		String other = CanonicalJson.sha256(CanonicalJson.write(content("5f3c0a4e-1111-4bcd-9a00-000000000001", 42_001)));
		assertThat(one).isNotEqualTo(other);
	}

	private static ReportContent content(String id, int km) {
		List<BodyFinding> body = List.of(new BodyFinding(27, BodyDefect.HH, 2, true, false, 260));
		GradingInput input = new GradingInput(true, body, List.of(), List.of(), EnumSet.of(FloodIndicator.CARPET), BigDecimal.ZERO);
		return new ReportContent(UUID.fromString(id), "LSVAU2187N2123456", 1, null, null,
				UUID.fromString("5f3c0a4e-1111-4bcd-9a00-000000000002"), UUID.fromString("5f3c0a4e-1111-4bcd-9a00-000000000003"),
				Instant.parse("2025-03-01T02:00:00Z"), Instant.parse("2025-03-01T03:00:00.123456Z"), km,
				new ReportContent.Tradability(true, true, true, true, true, true, true, true), body, List.of(), List.of(),
				EnumSet.of(FloodIndicator.CARPET), BigDecimal.ZERO, null,
				java.util.Map.of("body.27", List.of(new ReportContent.PhotoRef(UUID.fromString("5f3c0a4e-1111-4bcd-9a00-000000000009"), "ab".repeat(32)))),
				new Grader(DeductionTable.defaults()).grade(input), null);
	}
}
