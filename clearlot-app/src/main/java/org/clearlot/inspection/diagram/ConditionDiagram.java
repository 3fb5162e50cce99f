package org.clearlot.inspection.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clearlot.inspection.grading.GradingInput;
import org.clearlot.inspection.grading.StructuralDefect;
import org.clearlot.inspection.grading.StructuralPosition;

/**
 * A top-down drawing of a car, front at the top, with every body item 14–39 of GB/T 30323 as its own shape coloured
 * by the worst finding on it, repainted panels outlined in dashed blue and the 13 structural positions as markers,
 * red where a defect was found. Each shape carries {@code data-item} or {@code data-position} and a localized
 * tooltip listing the findings. A self-contained SVG document (300 by 560, no scripts or external references); the
 * same arguments always give the same document.
 */
public final class ConditionDiagram {

	private static final String OUTLINE = "#64707c";
	private static final String REPAINT = "#2563eb";
	private static final String DAMAGED = "#dc2626";
	private static final String SOUND = "#cbd5e1";
	private static final String FONT = "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',"
			+ "'Helvetica Neue',Arial,sans-serif\"";

	private ConditionDiagram() {
	}

	/**
	 * The diagram of a car with these findings, as an SVG document. Body findings on items outside 14–39 are
	 * ignored.
	 */
	public static String svg(List<GradingInput.BodyFinding> body, List<GradingInput.StructuralFinding> structural,
			Locale locale) {
		Wording words = Wording.of(locale);
		StringBuilder svg = new StringBuilder(12_288);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 560\" width=\"300\" height=\"560\"")
			.append(" role=\"img\" class=\"condition-diagram\"><title>").append(escape(words.title()))
			.append("</title><rect width=\"300\" height=\"560\" rx=\"14\" fill=\"#f8fafc\"/>");
		svg.append("<text x=\"150\" y=\"17\" text-anchor=\"middle\" font-size=\"10\" letter-spacing=\"1\" fill=\"")
			.append(OUTLINE).append("\" ").append(FONT).append(">▲ ").append(escape(words.front())).append("</text>");
		panels(svg, byItem(body), words);
		markers(svg, byPosition(structural), words);
		legend(svg, words);
		return svg.append("</svg>").toString();
	}

	/**
	 * The same car without any text (no title, front label or legend; the panels' tooltips stay), for
	 * renderers that lack the page's fonts, such as the PDF report, which prints its legend as text beside it. Drawn
	 * at 70 % (210 by 322 pixels, 56 mm wide in print).
	 */
	public static String drawing(List<GradingInput.BodyFinding> body, List<GradingInput.StructuralFinding> structural,
			Locale locale) {
		Wording words = Wording.of(locale);
		StringBuilder svg = new StringBuilder(12_288);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 460\" width=\"210\" height=\"322\">")
			.append("<rect width=\"300\" height=\"460\" rx=\"14\" fill=\"#f8fafc\"/>")
			.append("<path d=\"M150 5L157 15L143 15Z\" fill=\"").append(OUTLINE).append("\"/>");
		panels(svg, byItem(body), words);
		markers(svg, byPosition(structural), words);
		return svg.append("</svg>").toString();
	}

	/** One entry of the legend: a swatch (fill, outline, dashed or not) and its meaning. */
	public record LegendEntry(String fill, String stroke, boolean dashed, String label) {
	}

	/** The diagram's legend in the reader's language, for a legend printed outside the drawing. */
	public static List<LegendEntry> legend(Locale locale) {
		Wording words = Wording.of(locale);
		return List.of(new LegendEntry(PanelState.OK.fill, OUTLINE, false, words.noDefect()),
				new LegendEntry(PanelState.MINOR.fill, OUTLINE, false, words.minor()),
				new LegendEntry(PanelState.MODERATE.fill, OUTLINE, false, words.moderate()),
				new LegendEntry(PanelState.SEVERE.fill, OUTLINE, false, words.severe()),
				new LegendEntry(PanelState.OK.fill, REPAINT, true, words.repainted()),
				new LegendEntry(DAMAGED, "#7f1d1d", false, words.structural()));
	}

	private static Map<BodyItem, List<GradingInput.BodyFinding>> byItem(List<GradingInput.BodyFinding> body) {
		Map<BodyItem, List<GradingInput.BodyFinding>> findings = new EnumMap<>(BodyItem.class);
		for (BodyItem item : BodyItem.values()) {
			findings.put(item, new ArrayList<>());
		}
		for (GradingInput.BodyFinding finding : body == null ? List.<GradingInput.BodyFinding>of() : body) {
			BodyItem.of(finding.item()).ifPresent(item -> findings.get(item).add(finding));
		}
		return findings;
	}

	private static Map<StructuralPosition, List<StructuralDefect>> byPosition(
			List<GradingInput.StructuralFinding> structural) {
		Map<StructuralPosition, List<StructuralDefect>> defects = new EnumMap<>(StructuralPosition.class);
		for (StructuralPosition position : StructuralPosition.values()) {
			defects.put(position, new ArrayList<>());
		}
		for (GradingInput.StructuralFinding finding : structural == null
				? List.<GradingInput.StructuralFinding>of() : structural) {
			if (finding.position() != null && finding.defect() != null
					&& !defects.get(finding.position()).contains(finding.defect())) {
				defects.get(finding.position()).add(finding.defect());
			}
		}
		return defects;
	}

	/** The tyres first, so the wheels sit in them, then the body panels, then lamps, glass and mirrors on top. */
	private static void panels(StringBuilder svg, Map<BodyItem, List<GradingInput.BodyFinding>> findings,
			Wording words) {
		svg.append("<path d=\"").append(PanelShapes.SILHOUETTE).append("\" fill=\"#cfd8d3\"/>")
			.append("<g class=\"panels\" stroke-linejoin=\"round\">");
		panel(svg, BodyItem.TYRES, findings.get(BodyItem.TYRES), words);
		for (BodyItem item : BodyItem.values()) {
			if (item != BodyItem.TYRES) {
				panel(svg, item, findings.get(item), words);
			}
		}
		svg.append("</g>");
	}

	private static void panel(StringBuilder svg, BodyItem item, List<GradingInput.BodyFinding> findings,
			Wording words) {
		PanelState state = PanelState.of(findings);
		boolean repainted = findings.stream().anyMatch(GradingInput.BodyFinding::repainted);
		svg.append("<path id=\"item-").append(item.item()).append("\" data-item=\"").append(item.item())
			.append("\" class=\"panel ").append(state.css).append(repainted ? " repainted" : "").append("\" d=\"")
			.append(PanelShapes.of(item)).append("\" fill=\"").append(state.fill).append('"');
		if (PanelShapes.hollow(item)) {
			svg.append(" fill-rule=\"evenodd\"");
		}
		if (repainted) {
			svg.append(" stroke=\"").append(REPAINT).append("\" stroke-width=\"2.6\" stroke-dasharray=\"4 2.5\"");
		}
		else {
			svg.append(" stroke=\"").append(OUTLINE).append("\" stroke-width=\"1.1\"");
		}
		svg.append("><title>").append(escape(words.body(item, findings))).append("</title></path>");
	}

	private static void markers(StringBuilder svg, Map<StructuralPosition, List<StructuralDefect>> defects,
			Wording words) {
		svg.append("<g class=\"structure\">");
		for (StructuralPosition position : StructuralPosition.values()) {
			List<StructuralDefect> found = defects.get(position);
			boolean damaged = !found.isEmpty();
			svg.append("<path data-position=\"").append(position.name()).append("\" class=\"marker ")
				.append(damaged ? "damaged" : "sound").append("\" d=\"").append(markerPath(position, damaged))
				.append('"');
			if (position == StructuralPosition.SYMMETRY) {
				svg.append(" fill=\"none\" stroke=\"").append(damaged ? DAMAGED : SOUND).append("\" stroke-width=\"")
					.append(damaged ? "2.4" : "1.4").append("\" stroke-dasharray=\"7 5\"");
			}
			else {
				svg.append(" fill=\"").append(damaged ? DAMAGED : SOUND).append("\" stroke=\"")
					.append(damaged ? "#7f1d1d" : "#94a3b8").append("\" stroke-width=\"1.2\"");
			}
			svg.append("><title>").append(escape(words.structural(position, found))).append("</title></path>");
		}
		svg.append("</g>");
	}

	private static String markerPath(StructuralPosition position, boolean damaged) {
		if (position == StructuralPosition.SYMMETRY) {
			return "M" + PanelShapes.CENTRE + " " + PanelShapes.NOSE + "L" + PanelShapes.CENTRE + " "
					+ PanelShapes.TAIL;
		}
		double[] centre = PanelShapes.mark(position);
		double size = damaged ? 6 : 4.5;
		String x = PanelShapes.number(centre[0]);
		String y = PanelShapes.number(centre[1]);
		if (PanelShapes.diamond(position)) {
			return "M" + x + " " + PanelShapes.number(centre[1] - size) + "L" + PanelShapes.number(centre[0] + size)
					+ " " + y + "L" + x + " " + PanelShapes.number(centre[1] + size) + "L"
					+ PanelShapes.number(centre[0] - size) + " " + y + "Z";
		}
		return circle(centre[0], centre[1], size);
	}

	/** A circle as path data: two half arcs. */
	private static String circle(double x, double y, double r) {
		String radius = PanelShapes.number(r);
		return "M" + PanelShapes.number(x - r) + " " + PanelShapes.number(y) + "A" + radius + " " + radius + " 0 1 0 "
				+ PanelShapes.number(x + r) + " " + PanelShapes.number(y) + "A" + radius + " " + radius + " 0 1 0 "
				+ PanelShapes.number(x - r) + " " + PanelShapes.number(y) + "Z";
	}

	private static void legend(StringBuilder svg, Wording words) {
		svg.append("<g class=\"legend\" font-size=\"11\" fill=\"#334155\" ").append(FONT).append('>')
			.append("<path d=\"M20 462L280 462\" stroke=\"#e2e8f0\"/>");
		swatch(svg, 24, 478, PanelState.OK.fill, OUTLINE, words.noDefect());
		swatch(svg, 24, 500, PanelState.MINOR.fill, OUTLINE, words.minor());
		swatch(svg, 24, 522, PanelState.MODERATE.fill, OUTLINE, words.moderate());
		swatch(svg, 156, 478, PanelState.SEVERE.fill, OUTLINE, words.severe());
		svg.append("<rect x=\"156\" y=\"494\" width=\"18\" height=\"12\" rx=\"2\" fill=\"").append(PanelState.OK.fill)
			.append("\" stroke=\"").append(REPAINT).append("\" stroke-width=\"2.2\" stroke-dasharray=\"4 2.5\"/>");
		label(svg, 182, 504, words.repainted());
		svg.append("<path d=\"").append(circle(165, 522, 5.5)).append("\" fill=\"").append(DAMAGED)
			.append("\" stroke=\"#7f1d1d\" stroke-width=\"1.2\"/>");
		label(svg, 182, 526, words.structural());
		svg.append("</g>");
	}

	private static void swatch(StringBuilder svg, int x, int y, String fill, String stroke, String text) {
		svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 6)
			.append("\" width=\"18\" height=\"12\" rx=\"2\" fill=\"").append(fill).append("\" stroke=\"")
			.append(stroke).append("\"/>");
		label(svg, x + 26, y + 4, text);
	}

	private static void label(StringBuilder svg, int x, int y, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\">").append(escape(text))
			.append("</text>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
