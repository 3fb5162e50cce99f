package org.clearlot.inspection.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DeductionTable} as configuration: overriding the defaults and refusing incomplete tables. */
class DeductionTableTests {

	private static final DeductionTable DEFAULTS = DeductionTable.defaults();

	@Test
	void aConfiguredTableReplacesTheDefaults() {
		Map<BodyDefect, BigDecimal> factors = new EnumMap<>(DEFAULTS.bodyDefectFactors());
		factors.put(BodyDefect.HH, new BigDecimal("2"));
		DeductionTable table = new DeductionTable(decimals("1", "2", "3"), factors, new BigDecimal("0.25"),
				BigDecimal.ZERO, decimals("0.5", "1.5", "3"));
		Grading grading = new Grader(table).grade(Findings.parse("27:HH:2:repainted:replaced 45:2"));
		assertThat(grading.deductions()).extracting(Grading.Deduction::points).containsExactly(4.25, 1.5);
		assertThat(grading.score()).isEqualTo(94); // 100 − 5.75 = 94.25
	}

	@Test
	void theDefaultsAreImmutable() {
		assertThat(DEFAULTS.bodyDefectFactors()).hasSize(BodyDefect.values().length);
		assertThatUnsupported(() -> DEFAULTS.bodyDefectFactors().put(BodyDefect.HH, BigDecimal.TEN));
		assertThatUnsupported(() -> DEFAULTS.itemSeverityPoints().set(0, BigDecimal.TEN));
	}

	static Stream<Arguments> incompleteTables() {
		Map<BodyDefect, BigDecimal> noRust = new EnumMap<>(DEFAULTS.bodyDefectFactors());
		noRust.remove(BodyDefect.XS);
		Map<BodyDefect, BigDecimal> negative = new EnumMap<>(DEFAULTS.bodyDefectFactors());
		negative.put(BodyDefect.LW, new BigDecimal("-1"));
		BigDecimal half = new BigDecimal("0.5");
		return Stream.of(
				Arguments.of(decimals("0.5", "1"), DEFAULTS.bodyDefectFactors(), half, "bodyDegreePoints needs exactly 3"),
				Arguments.of(DEFAULTS.bodyDegreePoints(), noRust, half, "bodyDefectFactors has no factor for XS"),
				Arguments.of(DEFAULTS.bodyDegreePoints(), negative, half, "bodyDefectFactors.LW must be a number ≥ 0"),
				Arguments.of(DEFAULTS.bodyDegreePoints(), DEFAULTS.bodyDefectFactors(), null,
						"repaintedPoints must be a number ≥ 0"));
	}

	@ParameterizedTest
	@MethodSource("incompleteTables")
	void refusesIncompleteTables(List<BigDecimal> degrees, Map<BodyDefect, BigDecimal> factors, BigDecimal repainted,
			String message) {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new DeductionTable(degrees, factors, repainted, BigDecimal.ONE,
						DEFAULTS.itemSeverityPoints()))
				.withMessageContaining(message);
	}

	private static void assertThatUnsupported(Runnable change) {
		assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(change::run);
	}

	private static List<BigDecimal> decimals(String... values) {
		return Stream.of(values).map(BigDecimal::new).toList();
	}
}
