package org.clearlot.inspection.diagram;

import java.util.List;

import org.clearlot.inspection.grading.GradingInput;

/**
 * How bad the worst finding on a body item is, with its class and fill: no finding, degree 1, degree 2, degree 3 or a
 * replaced panel.
 */
enum PanelState {

	OK("ok", "#e8f3ec"), MINOR("minor", "#fde68a"), MODERATE("moderate", "#fb923c"), SEVERE("severe", "#dc2626");

	final String css;
	final String fill;

	PanelState(String css, String fill) {
		this.css = css;
		this.fill = fill;
	}

	/** The state of the worst of these findings on one item. */
	static PanelState of(List<GradingInput.BodyFinding> findings) {
		PanelState worst = OK;
		for (GradingInput.BodyFinding finding : findings) {
			PanelState state = finding.replaced() || finding.degree() >= 3 ? SEVERE
					: finding.degree() == 2 ? MODERATE : MINOR;
			if (state.compareTo(worst) > 0) {
				worst = state;
			}
		}
		return worst;
	}
}
