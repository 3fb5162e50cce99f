package org.clearlot.battery.web;

import java.util.Locale;

/**
 * A half-circle gauge of a state of health, drawn as SVG: the scale from 50 to 100 %, the estimate's 90 % range as
 * a light band, the estimate as a needle and a number. Red below 70 %, amber below 80 %, green above (UN GTR 22
 * requires 80 % at 5 years and 70 % at 8). Without an estimate, an empty scale with a dash.
 */
final class SohGauge {

	private static final double MIN = 50;
	private static final double CX = 90;
	private static final double CY = 95;
	private static final double R = 75;

	private SohGauge() {
	}

	static String svg(Double soh, Double low, Double high) {
		StringBuilder svg = new StringBuilder(1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 180 110\" class=\"cl-soh-gauge\" role=\"img\">")
			.append(arc(MIN, 100, "#e2e8f0", 14));
		if (soh != null) {
			if (low != null && high != null) {
				svg.append(arc(low, high, colour(soh) + "55", 14));
			}
			svg.append(arc(MIN, Math.max(MIN, Math.min(100, soh)), colour(soh), 6));
			double[] tip = point(soh, R + 9);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#0f172a\" "
					+ "stroke-width=\"2\"/>", CX, CY, tip[0], tip[1]));
		}
		svg.append("<text x=\"90\" y=\"90\" text-anchor=\"middle\" font-size=\"24\" font-weight=\"600\" fill=\"#0f172a\">")
			.append(soh == null ? "—" : String.format(Locale.ROOT, "%.1f %%", soh)).append("</text>")
			.append("<text x=\"15\" y=\"108\" font-size=\"9\" fill=\"#64748b\">50</text>")
			.append("<text x=\"158\" y=\"108\" font-size=\"9\" fill=\"#64748b\">100</text></svg>");
		return svg.toString();
	}

	private static String colour(double soh) {
		return soh < 70 ? "#b91c1c" : soh < 80 ? "#b45309" : "#15803d";
	}

	private static String arc(double from, double to, String colour, int width) {
		double[] start = point(from, R);
		double[] end = point(to, R);
		return String.format(Locale.ROOT, "<path d=\"M%.1f %.1fA%.0f %.0f 0 0 1 %.1f %.1f\" fill=\"none\" stroke=\"%s\" "
				+ "stroke-width=\"%d\"/>", start[0], start[1], R, R, end[0], end[1], colour, width);
	}

	/** The point at a percentage on the half circle (50 % on the left, 100 % on the right). */
	private static double[] point(double percent, double radius) {
		double clamped = Math.max(MIN, Math.min(100, percent));
		double angle = Math.PI * (1 - (clamped - MIN) / (100 - MIN));
		return new double[] { CX + radius * Math.cos(angle), CY - radius * Math.sin(angle) };
	}
}
