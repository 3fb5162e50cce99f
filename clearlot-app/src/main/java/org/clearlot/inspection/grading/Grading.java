package org.clearlot.inspection.grading;

import java.util.List;
import java.util.Map;

/**
 * The result of grading.
 *
 * @param score 0–100 per GB/T 30323 technical condition
 * @param grade 1 (≥ 90), 2 (60–89), 3 (20–59), 4 (&lt; 20), 5 (accident car)
 * @param sectionScores points kept per scored section
 * @param deductions every deduction taken, for the report
 */
public record Grading(int score, int grade, boolean accident, boolean flood, boolean fire, boolean tradable,
		Map<Section, Integer> sectionScores, List<Deduction> deductions) {

	/** Points taken off for one finding. */
	public record Deduction(Section section, int item, String reason, double points) {
	}
}
