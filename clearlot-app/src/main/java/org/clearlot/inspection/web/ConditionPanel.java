package org.clearlot.inspection.web;

import org.clearlot.inspection.report.ReportContent;
import org.springframework.context.i18n.LocaleContextHolder;

/** The SVG diagram of a report's body and structural findings, for the condition panel. */
final class ConditionPanel {

	private ConditionPanel() {
	}

	static String diagram(ReportContent content) {
		return org.clearlot.inspection.diagram.ConditionDiagram.svg(content.body(), content.structural(),
				LocaleContextHolder.getLocale());
	}
}
