package org.clearlot.inspection.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.clearlot.inspection.grading.Grading.Deduction;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked cases for {@link Grader} with the default {@link DeductionTable}; findings use {@link Findings}' notation. */
class GraderTests {

	private final Grader grader = new Grader(DeductionTable.defaults());

	@Test
	void aCleanCarScores100AndGrade1() {
		Grading grading = grader.grade(Findings.parse(""));
		assertThat(grading.score()).isEqualTo(100);
		assertThat(grading.grade()).isEqualTo(1);
		assertThat(grading.deductions()).isEmpty();
		assertThat(grading.accident() || grading.flood() || grading.fire()).isFalse();
		assertThat(grading.sectionScores()).containsExactly(Map.entry(Section.BODY, 20), Map.entry(Section.ENGINE_BAY, 20),
				Map.entry(Section.CABIN, 10), Map.entry(Section.START_UP, 20), Map.entry(Section.ROAD_TEST, 15),
				Map.entry(Section.CHASSIS, 15));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"40:3 41:3 42:2                                             | 90 | 1",
			"40:3 41:3 42:2 43:1                                        | 89 | 2",
			"14:HH:1 40:3 41:3 42:2                                     | 90 | 1", // 89.5 rounds half-up
			"40:3 41:3 42:3 43:3 44:3 65:3 66:3 67:3 68:3 69:3          | 60 | 2",
			"40:3 41:3 42:3 43:3 44:3 65:3 66:3 67:3 68:3 69:3 50:1     | 59 | 3",
			"40:3 41:3 42:3 43:3 44:3 65:3 66:3 67:3 68:3 69:3 50:3 51:3 52:3 75:3 76:3 77:3 78:3 85:3 86:3 87:3 88:3 | 20 | 3",
			"40:3 41:3 42:3 43:3 44:3 65:3 66:3 67:3 68:3 69:3 50:3 51:3 52:3 75:3 76:3 77:3 78:3 85:3 86:3 87:3 88:3 14:HH:2 | 19 | 4" })
	void scoresAndGradesAtTheThresholds(String findings, int score, int grade) {
		Grading grading = grader.grade(Findings.parse(findings));
		assertThat(grading.score()).isEqualTo(score);
		assertThat(grading.grade()).isEqualTo(grade);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"14:HH:1                    | 0.5  | item 14 HH degree 1",
			"20:AX:2                    | 1.0  | item 20 AX degree 2",
			"25:XS:3                    | 2.0  | item 25 XS degree 3",
			"30:LW:1                    | 0.75 | item 30 LW degree 1",
			"33:BX:2                    | 1.5  | item 33 BX degree 2",
			"39:XF:3                    | 2.0  | item 39 XF degree 3",
			"27:HH:2:repainted          | 1.5  | item 27 HH degree 2, repainted",
			"22:LW:3:repainted:replaced | 4.5  | item 22 LW degree 3, repainted, replaced",
			"45:1                       | 1    | item 45 severity 1",
			"45:2                       | 2    | item 45 severity 2",
			"45:3                       | 4    | item 45 severity 3",
			"50:3                       | 4    | item 50 severity 3",
			"92:3                       | 4    | item 92 severity 3" })
	void deductsPerFindingFromTheDefaultTable(String finding, double points, String reason) {
		assertThat(grader.grade(Findings.parse(finding)).deductions()).singleElement()
				.satisfies(deduction -> assertThat(deduction.points()).isEqualTo(points))
				.satisfies(deduction -> assertThat(deduction.reason()).isEqualTo(reason));
	}

	@Test
	void capsEachSectionAtItsPoints() {
		String everyPanelCracked = IntStream.rangeClosed(14, 39).mapToObj(item -> item + ":LW:3:replaced")
				.collect(Collectors.joining(" "));
		Grading grading = grader.grade(Findings.parse(everyPanelCracked + " 50:3 51:3 52:3"));
		assertThat(grading.deductions()).hasSize(29);
		assertThat(grading.deductions().stream().mapToDouble(Deduction::points).sum()).isEqualTo(116.0);
		assertThat(grading.sectionScores()).containsEntry(Section.BODY, 0).containsEntry(Section.CABIN, 0);
		assertThat(grading.score()).isEqualTo(70);
	}

	@ParameterizedTest
	@ValueSource(strings = { "93:3", "100:2", "113:1", "93:3 100:3 113:3" })
	void functionalPartsDeductNothing(String findings) {
		Grading grading = grader.grade(Findings.parse(findings));
		assertThat(grading.score()).isEqualTo(100);
		assertThat(grading.deductions()).isEmpty();
		assertThat(grading.sectionScores()).doesNotContainKey(Section.FUNCTIONAL);
	}

	static Stream<Arguments> structuralFindings() {
		return Arrays.stream(StructuralPosition.values())
				.flatMap(position -> Arrays.stream(StructuralDefect.values()).map(defect -> Arguments.of(position, defect)));
	}

	@ParameterizedTest
	@MethodSource("structuralFindings")
	void anyStructuralDefectMakesAnAccidentCarOfGrade5(StructuralPosition position, StructuralDefect defect) {
		Grading grading = grader.grade(
				Findings.clean(true, List.of(new StructuralFinding(position, defect)), Set.of(), BigDecimal.ZERO));
		assertThat(grading.accident()).isTrue();
		assertThat(grading.score()).isEqualTo(100);
		assertThat(grading.grade()).isEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "'' | false", "CARPET | false", "CARPET FLOOR_HARNESS | false",
			"CARPET FLOOR_HARNESS UNDER_SEAT | true", "SEAT_RAILS FUSE_BOX FIREWALL SPARE_WHEEL_WELL | true" })
	void floodNeedsThreeSoakedIndicators(String soaked, boolean flood) {
		Set<FloodIndicator> indicators = soaked.isBlank() ? Set.of()
				: Arrays.stream(soaked.split(" ")).map(FloodIndicator::valueOf).collect(Collectors.toSet());
		assertThat(grader.grade(Findings.clean(true, List.of(), indicators, BigDecimal.ZERO)).flood()).isEqualTo(flood);
	}

	@ParameterizedTest
	@CsvSource(value = { ", false", "0, false", "0.3, false", "0.5, false", "0.50, false", "0.51, true", "3, true" })
	void fireNeedsMoreThanHalfASquareMetreBurnt(BigDecimal burnAreaM2, boolean fire) {
		assertThat(grader.grade(Findings.clean(true, List.of(), Set.of(), burnAreaM2)).fire()).isEqualTo(fire);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void passesTradabilityThrough(boolean tradable) {
		assertThat(grader.grade(Findings.clean(tradable, List.of(), Set.of(), null)).tradable()).isEqualTo(tradable);
	}

	/** The worked example of docs/inspection-scoring.md. */
	@Test
	void gradesTheWorkedExampleOfTheDocumentation() {
		GradingInput findings = Findings.parse("14:HH:2:repainted 17:BX:1 22:LW:3:replaced 42:2 50:1 78:3 100:3");
		Grading grading = grader.grade(new GradingInput(true, findings.body(), List.of(), findings.items(),
				Set.of(FloodIndicator.CARPET, FloodIndicator.UNDER_SEAT), new BigDecimal("0.3")));
		assertThat(grading.deductions()).extracting(Deduction::item, Deduction::points).containsExactly(
				tuple(14, 1.5), tuple(17, 0.75), tuple(22, 4.0), tuple(42, 2.0), tuple(50, 1.0), tuple(78, 4.0));
		assertThat(grading.sectionScores()).containsExactly(Map.entry(Section.BODY, 14), Map.entry(Section.ENGINE_BAY, 18),
				Map.entry(Section.CABIN, 9), Map.entry(Section.START_UP, 20), Map.entry(Section.ROAD_TEST, 11),
				Map.entry(Section.CHASSIS, 15));
		assertThat(grading.score()).isEqualTo(87);
		assertThat(grading.grade()).isEqualTo(2);
		assertThat(grading.accident() || grading.flood() || grading.fire()).isFalse();
	}

	static Stream<Arguments> invalidInputs() {
		return Stream.of(Arguments.of(Findings.parse("13:HH:1"), "body item 13 is outside 14–39"),
				Arguments.of(Findings.parse("40:HH:1"), "body item 40 is outside 14–39"),
				Arguments.of(Findings.parse("27:HH:0"), "body item 27 degree 0 is outside 1–3"),
				Arguments.of(Findings.parse("27:HH:4"), "body item 27 degree 4 is outside 1–3"),
				Arguments.of(Findings.parse("39:1"), "item 39 is outside 40–113"),
				Arguments.of(Findings.parse("114:1"), "item 114 is outside 40–113"),
				Arguments.of(Findings.parse("45:0"), "item 45 severity 0 is outside 1–3"),
				Arguments.of(Findings.parse("100:4"), "item 100 severity 4 is outside 1–3"),
				Arguments.of(Findings.parse("45:1 45:3"), "item 45 has more than one finding"),
				Arguments.of(new GradingInput(true, List.of(new BodyFinding(20, null, 1, false, false, null)), null,
						null, null, null), "body item 20 has no defect type"),
				Arguments.of(new GradingInput(true, List.of(new BodyFinding(20, BodyDefect.HH, 1, true, false, -5)),
						null, null, null, null), "body item 20 paint thickness -5 µm is negative"),
				Arguments.of(Findings.clean(true, List.of(), Set.of(), new BigDecimal("-0.1")),
						"burn area -0.1 m² is negative"),
				Arguments.of(null, "grading input is required"));
	}

	@ParameterizedTest
	@MethodSource("invalidInputs")
	void rejectsImpossibleInputsNamingTheProblem(GradingInput input, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> grader.grade(input)).withMessage(message);
	}
}
