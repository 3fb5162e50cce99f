package org.clearlot.inspection.grading;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;

/**
 * Defensive checks on a {@link GradingInput} before grading. The caller validates too; these checks only make sure
 * the grader never turns an impossible input into a plausible-looking score. Each problem is reported as an
 * {@link IllegalArgumentException} whose message names the item or field.
 */
final class InputChecks {

	private InputChecks() {
	}

	/** Throws {@link IllegalArgumentException} naming the first problem found. */
	static void check(GradingInput input) {
		if (input == null) {
			throw new IllegalArgumentException("grading input is required");
		}
		checkBody(orEmpty(input.body()));
		checkStructural(orEmpty(input.structural()));
		checkItems(orEmpty(input.items()));
		if (input.soaked() != null && input.soaked().stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("soaked flood indicators contain null");
		}
		BigDecimal burn = input.burnAreaM2();
		if (burn != null && burn.signum() < 0) {
			throw new IllegalArgumentException("burn area " + burn.toPlainString() + " m² is negative");
		}
	}

	/** The list, or an empty list for null. */
	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static void checkBody(List<BodyFinding> body) {
		for (BodyFinding finding : body) {
			if (finding == null) {
				throw new IllegalArgumentException("body findings contain null");
			}
			int item = finding.item();
			if (!Section.BODY.contains(item)) {
				throw new IllegalArgumentException("body item " + item + " is outside 14–39");
			}
			if (finding.defect() == null) {
				throw new IllegalArgumentException("body item " + item + " has no defect type");
			}
			checkLevel("body item " + item + " degree", finding.degree());
			if (finding.paintMicrons() != null && finding.paintMicrons() < 0) {
				throw new IllegalArgumentException(
						"body item " + item + " paint thickness " + finding.paintMicrons() + " µm is negative");
			}
		}
	}

	private static void checkStructural(List<StructuralFinding> structural) {
		for (StructuralFinding finding : structural) {
			if (finding == null || finding.position() == null || finding.defect() == null) {
				throw new IllegalArgumentException("structural finding needs a position and a defect: " + finding);
			}
		}
	}

	private static void checkItems(List<ItemFinding> items) {
		Set<Integer> seen = new HashSet<>();
		for (ItemFinding finding : items) {
			if (finding == null) {
				throw new IllegalArgumentException("item findings contain null");
			}
			int item = finding.item();
			if (item < Section.ENGINE_BAY.firstItem() || item > Section.FUNCTIONAL.lastItem()) {
				throw new IllegalArgumentException("item " + item + " is outside 40–113");
			}
			checkLevel("item " + item + " severity", finding.severity());
			if (!seen.add(item)) {
				throw new IllegalArgumentException("item " + item + " has more than one finding");
			}
		}
	}

	private static void checkLevel(String what, int level) {
		if (level < 1 || level > 3) {
			throw new IllegalArgumentException(what + " " + level + " is outside 1–3");
		}
	}
}
