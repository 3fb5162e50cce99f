package org.clearlot.inspection.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything the grading rules look at, already validated.
 *
 * @param tradable whether all 8 tradability checks passed
 * @param body findings on body items 14–39
 * @param structural findings on the 13 structural positions
 * @param items findings on items 40–113 (engine bay, cabin, start-up, road test, chassis, functional parts)
 * @param soaked flood indicators found soaked
 * @param burnAreaM2 burnt area found, 0 when none
 */
public record GradingInput(boolean tradable, List<BodyFinding> body, List<StructuralFinding> structural,
		List<ItemFinding> items, Set<FloodIndicator> soaked, BigDecimal burnAreaM2) {

	/** A body item's defect: item 14–39, defect type, degree 1 (≤ 100×100 mm), 2 (≤ 200×300 mm) or 3 (larger). */
	public record BodyFinding(int item, BodyDefect defect, int degree, boolean repainted, boolean replaced,
			Integer paintMicrons) {
	}

	/** A defect at a structural position. */
	public record StructuralFinding(StructuralPosition position, StructuralDefect defect) {
	}

	/** A finding on items 40–113, severity 1 (minor), 2 (moderate) or 3 (severe). */
	public record ItemFinding(int item, int severity) {
	}
}
