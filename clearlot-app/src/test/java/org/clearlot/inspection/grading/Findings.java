package org.clearlot.inspection.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;

/**
 * Builds {@link GradingInput}s for tests from a compact notation: findings separated by spaces,
 * {@code item:severity} for items 40–113 and {@code item:DEFECT:degree} for body items 14–39, optionally followed by
 * {@code :repainted} and/or {@code :replaced}. Example: {@code "27:HH:2:repainted 45:3"}.
 */
final class Findings {

	private Findings() {
	}

	/** A tradable car with the given findings, nothing structural, nothing soaked and nothing burnt. */
	static GradingInput parse(String findings) {
		List<BodyFinding> body = new ArrayList<>();
		List<ItemFinding> items = new ArrayList<>();
		for (String token : findings == null || findings.isBlank() ? new String[0] : findings.trim().split("\\s+")) {
			List<String> parts = List.of(token.split(":"));
			if (parts.size() == 2) {
				items.add(new ItemFinding(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1))));
			}
			else {
				body.add(new BodyFinding(Integer.parseInt(parts.get(0)), BodyDefect.valueOf(parts.get(1)),
						Integer.parseInt(parts.get(2)), parts.contains("repainted"), parts.contains("replaced"), null));
			}
		}
		return new GradingInput(true, body, List.of(), items, Set.of(), BigDecimal.ZERO);
	}

	/** A car without findings but with the given verdict inputs. */
	static GradingInput clean(boolean tradable, List<StructuralFinding> structural, Set<FloodIndicator> soaked,
			BigDecimal burnAreaM2) {
		return new GradingInput(tradable, List.of(), structural, List.of(), soaked, burnAreaM2);
	}
}
