package org.clearlot.inspection.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clearlot.inspection.grading.Grading.Deduction;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;

/**
 * Grades a vehicle per GB/T 30323-2013 with Clearlot's flood and fire additions. Pure and thread-safe.
 * <ul>
 * <li>Each finding deducts points from its {@link DeductionTable}; each section's total is capped at
 * {@link Section#points()}. The score is 100 minus the capped totals, rounded half-up, clamped to 0–100.</li>
 * <li>{@link Grading#deductions()} lists every non-zero deduction <em>before</em> capping (functional parts
 * 93–113 deduct nothing and are not listed); {@link Grading#sectionScores()} holds the points kept per scored
 * section after capping, each rounded half-up on its own (so they may not add up to the score exactly).</li>
 * <li>Accident: any structural finding (GB/T 30323). Grade 5 if accident, else 1 (≥ 90), 2 (≥ 60), 3 (≥ 20),
 * 4.</li>
 * <li>Flood: at least {@value #FLOOD_MIN_SOAKED} distinct soaked indicators (CADA passenger-car appraisal spec,
 * 2021). Fire: burn area strictly greater than {@link #FIRE_BURN_AREA_M2} m² (common industry definition).</li>
 * </ul>
 */
public final class Grader {

	/** Soaked indicators above the water reference line that make a flood car. */
	public static final int FLOOD_MIN_SOAKED = 3;

	/** A burn area strictly greater than this (m²) makes a fire car. */
	public static final BigDecimal FIRE_BURN_AREA_M2 = new BigDecimal("0.5");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final DeductionTable table;

	/** A grader using the given deductions, e.g. {@link DeductionTable#defaults()}. */
	public Grader(DeductionTable table) {
		this.table = Objects.requireNonNull(table, "deduction table is required");
	}

	/**
	 * Grades one inspection.
	 *
	 * @throws IllegalArgumentException naming the problem if the input is impossible (item out of range, degree
	 * or severity outside 1–3, negative burn area, …)
	 */
	public Grading grade(GradingInput input) {
		InputChecks.check(input);
		List<Deduction> deductions = new ArrayList<>();
		Map<Section, BigDecimal> taken = new EnumMap<>(Section.class);
		for (BodyFinding finding : InputChecks.orEmpty(input.body())) {
			deduct(deductions, taken, Section.BODY, finding.item(), bodyReason(finding), table.bodyPoints(finding));
		}
		for (ItemFinding finding : InputChecks.orEmpty(input.items())) {
			String reason = "item " + finding.item() + " severity " + finding.severity();
			deduct(deductions, taken, Section.of(finding.item()), finding.item(), reason,
					table.itemPoints(finding.item(), finding.severity()));
		}
		Map<Section, Integer> sectionScores = new EnumMap<>(Section.class);
		BigDecimal total = BigDecimal.ZERO;
		for (Section section : Section.values()) {
			if (section == Section.FUNCTIONAL) {
				continue;
			}
			BigDecimal points = BigDecimal.valueOf(section.points());
			BigDecimal capped = taken.getOrDefault(section, BigDecimal.ZERO).min(points);
			total = total.add(capped);
			sectionScores.put(section, roundHalfUp(points.subtract(capped)));
		}
		int score = Math.max(0, Math.min(100, roundHalfUp(HUNDRED.subtract(total))));
		boolean accident = !InputChecks.orEmpty(input.structural()).isEmpty();
		boolean flood = input.soaked() != null && input.soaked().size() >= FLOOD_MIN_SOAKED;
		boolean fire = input.burnAreaM2() != null && input.burnAreaM2().compareTo(FIRE_BURN_AREA_M2) > 0;
		return new Grading(score, gradeFor(score, accident), accident, flood, fire, input.tradable(),
				Collections.unmodifiableMap(sectionScores), List.copyOf(deductions));
	}

	/** The GB/T 30323 grade: 5 for an accident car, else 1 (≥ 90), 2 (≥ 60), 3 (≥ 20) or 4 (&lt; 20). */
	public static int gradeFor(int score, boolean accident) {
		if (accident) {
			return 5;
		}
		if (score >= 90) {
			return 1;
		}
		if (score >= 60) {
			return 2;
		}
		return score >= 20 ? 3 : 4;
	}

	private static void deduct(List<Deduction> deductions, Map<Section, BigDecimal> taken, Section section, int item,
			String reason, BigDecimal points) {
		if (points.signum() == 0) {
			return;
		}
		deductions.add(new Deduction(section, item, reason, points.doubleValue()));
		taken.merge(section, points, BigDecimal::add);
	}

	private static String bodyReason(BodyFinding finding) {
		StringBuilder reason = new StringBuilder("item ").append(finding.item()).append(' ')
				.append(finding.defect()).append(" degree ").append(finding.degree());
		if (finding.repainted()) {
			reason.append(", repainted");
		}
		if (finding.replaced()) {
			reason.append(", replaced");
		}
		return reason.toString();
	}

	private static int roundHalfUp(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}
}
