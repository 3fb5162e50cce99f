package org.clearlot.inspection.grading;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clearlot.inspection.grading.GradingInput.BodyFinding;

/**
 * Points taken off per finding, before each section is capped at its {@link Section#points()}.
 * <p>
 * GB/T 30323-2013 fixes the sections and their points; the per-item deductions circulate in third-party
 * encodings, so the values here are <b>defaults, configuration not gospel</b>. {@link #defaults()} returns
 * Clearlot's GB/T 30323-inspired table; the canonical constructor takes every value so that a Spring
 * {@code @ConfigurationProperties} binding can override them. Values are {@link BigDecimal} so that sums and the
 * half-up rounding of the score are exact.
 * <ul>
 * <li>Body items 14–39: {@code bodyDegreePoints[degree − 1] × bodyDefectFactors[defect]}, plus
 * {@code repaintedPoints} if repainted and {@code replacedPoints} if replaced.</li>
 * <li>Items 40–92: {@code itemSeverityPoints[severity − 1]}.</li>
 * <li>Functional parts 93–113: recorded, always 0 (the section carries no points).</li>
 * </ul>
 *
 * @param bodyDegreePoints base points of a body finding of degree 1, 2 and 3 (exactly three values)
 * @param bodyDefectFactors factor on the base points per body defect type (every type present)
 * @param repaintedPoints added to a body finding on a repainted panel
 * @param replacedPoints added to a body finding on a replaced panel
 * @param itemSeverityPoints points of a finding on items 40–92 of severity 1, 2 and 3 (exactly three values)
 */
public record DeductionTable(List<BigDecimal> bodyDegreePoints, Map<BodyDefect, BigDecimal> bodyDefectFactors,
		BigDecimal repaintedPoints, BigDecimal replacedPoints, List<BigDecimal> itemSeverityPoints) {

	/** Checks every value is present and not negative, and copies the collections. */
	public DeductionTable {
		bodyDegreePoints = threeValues("bodyDegreePoints", bodyDegreePoints);
		itemSeverityPoints = threeValues("itemSeverityPoints", itemSeverityPoints);
		bodyDefectFactors = factors(bodyDefectFactors);
		repaintedPoints = notNegative("repaintedPoints", repaintedPoints);
		replacedPoints = notNegative("replacedPoints", replacedPoints);
	}

	/**
	 * Clearlot's defaults: body degree 1/2/3 → 0.5/1.0/2.0 points, times 1.0 for HH, AX, XS, XF and 1.5 for LW,
	 * BX; +0.5 repainted, +1.0 replaced; items 40–92 severity 1/2/3 → 1/2/4 points.
	 */
	public static DeductionTable defaults() {
		Map<BodyDefect, BigDecimal> factors = new EnumMap<>(BodyDefect.class);
		factors.put(BodyDefect.HH, new BigDecimal("1.0"));
		factors.put(BodyDefect.AX, new BigDecimal("1.0"));
		factors.put(BodyDefect.XS, new BigDecimal("1.0"));
		factors.put(BodyDefect.LW, new BigDecimal("1.5"));
		factors.put(BodyDefect.BX, new BigDecimal("1.5"));
		factors.put(BodyDefect.XF, new BigDecimal("1.0"));
		return new DeductionTable(decimals("0.5", "1.0", "2.0"), factors, new BigDecimal("0.5"),
				new BigDecimal("1.0"), decimals("1", "2", "4"));
	}

	/** Points for one body finding, before the section cap. */
	public BigDecimal bodyPoints(BodyFinding finding) {
		checkLevel("item " + finding.item() + " degree", finding.degree());
		BigDecimal points = bodyDegreePoints.get(finding.degree() - 1)
				.multiply(bodyDefectFactors.get(finding.defect()));
		if (finding.repainted()) {
			points = points.add(repaintedPoints);
		}
		if (finding.replaced()) {
			points = points.add(replacedPoints);
		}
		return points;
	}

	/** Points for a finding on items 40–113 of the given severity; functional parts 93–113 give 0. */
	public BigDecimal itemPoints(int item, int severity) {
		checkLevel("item " + item + " severity", severity);
		return Section.FUNCTIONAL.contains(item) ? BigDecimal.ZERO : itemSeverityPoints.get(severity - 1);
	}

	private static void checkLevel(String what, int level) {
		if (level < 1 || level > 3) {
			throw new IllegalArgumentException(what + " " + level + " is outside 1–3");
		}
	}

	private static List<BigDecimal> decimals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	private static List<BigDecimal> threeValues(String name, List<BigDecimal> values) {
		if (values == null || values.size() != 3) {
			throw new IllegalArgumentException(name + " needs exactly 3 values (levels 1, 2, 3), got " + values);
		}
		for (BigDecimal value : values) {
			notNegative(name, value);
		}
		return List.copyOf(values);
	}

	private static Map<BodyDefect, BigDecimal> factors(Map<BodyDefect, BigDecimal> factors) {
		Objects.requireNonNull(factors, "bodyDefectFactors");
		Map<BodyDefect, BigDecimal> copy = new EnumMap<>(BodyDefect.class);
		for (BodyDefect defect : BodyDefect.values()) {
			if (!factors.containsKey(defect)) {
				throw new IllegalArgumentException("bodyDefectFactors has no factor for " + defect);
			}
			copy.put(defect, notNegative("bodyDefectFactors." + defect, factors.get(defect)));
		}
		return Collections.unmodifiableMap(copy);
	}

	private static BigDecimal notNegative(String name, BigDecimal value) {
		if (value == null || value.signum() < 0) {
			throw new IllegalArgumentException(name + " must be a number ≥ 0, got " + value);
		}
		return value;
	}
}
