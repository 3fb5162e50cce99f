package org.clearlot.catalog.illustration;

import java.util.Locale;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;

/**
 * A flat-design side view of a car of a body type in a colour, as a self-contained SVG document (400 by 200, no
 * external references, scripts or fonts). The same arguments always give the same document.
 */
public final class CarIllustration {

	private static final int BASE_WHEEL = 24;
	private static final String CLADDING = "#3d4248";
	private static final String ROUND = " stroke-linecap=\"round\"";

	private static final String DEFS_FIXED = "<linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">"
			+ "<stop offset=\"0\" stop-color=\"#46525f\"/><stop offset=\".42\" stop-color=\"#2a323c\"/>"
			+ "<stop offset=\".42\" stop-color=\"#4d5966\"/><stop offset=\".52\" stop-color=\"#4d5966\"/>"
			+ "<stop offset=\".52\" stop-color=\"#252c35\"/><stop offset=\"1\" stop-color=\"#1b2027\"/>"
			+ "</linearGradient>"
			+ "<radialGradient id=\"s\"><stop offset=\"0\" stop-opacity=\".34\"/>"
			+ "<stop offset=\"1\" stop-opacity=\"0\"/></radialGradient>"
			+ "<g id=\"w\"><circle r=\"24\" fill=\"#1c1f23\"/>"
			+ "<circle r=\"20.5\" fill=\"none\" stroke=\"#2e3238\" stroke-width=\"1.5\"/>"
			+ "<circle r=\"15.5\" fill=\"#3b4047\" stroke=\"#d3d7dd\" stroke-width=\"2.5\"/>"
			+ "<path d=\"" + spokes() + "\" stroke=\"#c4c9d0\" stroke-width=\"4.2\" stroke-linecap=\"round\"/>"
			+ "<circle r=\"4.5\" fill=\"#e4e7eb\" stroke=\"#868d96\"/></g>";

	private CarIllustration() {
	}

	/** The drawing of a car of this body type in this colour, as an SVG document. */
	public static String svg(BodyType bodyType, Colour colour) {
		Silhouette shape = Silhouette.of(bodyType);
		Palette paint = Palette.of(colour);
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\" width=\"400\" height=\"200\"")
			.append(" role=\"img\"><title>").append(title(shape, colour)).append("</title>");
		defs(svg, shape, paint);
		svg.append("<rect width=\"400\" height=\"200\" rx=\"14\" fill=\"#edf1f5\"/>")
			.append("<ellipse cx=\"200\" cy=\"").append(Silhouette.GROUND)
			.append("\" rx=\"178\" ry=\"13\" fill=\"url(#s)\"/>");
		body(svg, shape, paint);
		details(svg, shape, paint);
		wheels(svg, shape.wheels);
		return svg.append("</svg>").toString();
	}

	private static String title(Silhouette shape, Colour colour) {
		return shape.label + ", " + colour.name().toLowerCase(Locale.ROOT);
	}

	private static void defs(StringBuilder svg, Silhouette shape, Palette paint) {
		String split = number(shape.lowerBody / 200.0);
		String lower = shape.wheels.cladding() ? CLADDING : paint.dark();
		svg.append("<defs><linearGradient id=\"b\" gradientUnits=\"userSpaceOnUse\" x2=\"0\" y2=\"200\">")
			.append(stop("0", paint.body())).append(stop(split, paint.body())).append(stop(split, lower))
			.append(stop("1", lower)).append("</linearGradient>").append(DEFS_FIXED).append("</defs>");
	}

	private static String stop(String offset, String colour) {
		return "<stop offset=\"" + offset + "\" stop-color=\"" + colour + "\"/>";
	}

	private static void body(StringBuilder svg, Silhouette shape, Palette paint) {
		Silhouette.Wheels wheels = shape.wheels;
		String wells = "M" + arch(wheels, wheels.rear(), true) + "M" + arch(wheels, wheels.front(), true);
		path(svg, wells, "fill=\"#2b2f35\"");
		path(svg, shape.top + underside(wheels), "fill=\"url(#b)\"" + outline(paint));
		svg.append(shape.extra);
		if (wheels.cladding()) {
			path(svg, wells.replace("Z", ""), "fill=\"none\" stroke=\"" + CLADDING + "\" stroke-width=\"6\"");
		}
	}

	private static String outline(Palette paint) {
		return " stroke=\"" + paint.outline() + "\" stroke-width=\"" + paint.outlineWidth()
				+ "\" stroke-linejoin=\"round\"";
	}

	/** The sill and the two wheel arches, from the front bumper back to the rear one. */
	private static String underside(Silhouette.Wheels wheels) {
		return "L" + arch(wheels, wheels.front(), false) + "L" + arch(wheels, wheels.rear(), false) + "Z";
	}

	/**
	 * The wheel arch over the wheel at x, as path data from one end at sill height over the top to the other:
	 * rearwards and open when outlining the body, forwards and closed for the dark wheel well.
	 */
	private static String arch(Silhouette.Wheels wheels, int x, boolean well) {
		int radius = wheels.arch();
		int dy = wheels.sill() - wheels.centreY();
		double dx = Math.sqrt(radius * radius - dy * dy) * (well ? -1 : 1);
		return number(x + dx) + " " + wheels.sill() + "A" + radius + " " + radius + " 0 " + (dy > 0 ? 1 : 0) + " "
				+ (well ? 1 : 0) + " " + number(x - dx) + " " + wheels.sill() + (well ? "Z" : "");
	}

	private static void details(StringBuilder svg, Silhouette shape, Palette paint) {
		path(svg, shape.glass, "fill=\"url(#g)\" stroke=\"" + paint.windowSeal() + "\"");
		path(svg, shape.mirror, "fill=\"" + paint.body() + "\"" + outline(paint));
		path(svg, shape.shine, "stroke=\"" + paint.light() + "\" stroke-width=\"1.6\" stroke-opacity=\".8\"" + ROUND);
		path(svg, shape.doors, "fill=\"none\" stroke=\"" + paint.line() + "\" stroke-width=\"1.3\"" + ROUND);
		path(svg, shape.handles, "stroke=\"" + paint.line() + "\" stroke-width=\"3.2\"" + ROUND);
		path(svg, shape.headLamp, "fill=\"#fff4cc\" stroke=\"#7f858e\"");
		path(svg, shape.tailLamp, "fill=\"#c62a30\" stroke=\"#6a1217\"");
	}

	private static void path(StringBuilder svg, String d, String attributes) {
		svg.append("<path d=\"").append(d).append("\" ").append(attributes).append("/>");
	}

	private static void wheels(StringBuilder svg, Silhouette.Wheels wheels) {
		String scale = wheels.radius() == BASE_WHEEL ? ""
				: " scale(" + number((double) wheels.radius() / BASE_WHEEL) + ")";
		for (int x : new int[] { wheels.rear(), wheels.front() }) {
			svg.append("<use href=\"#w\" transform=\"translate(").append(x).append(' ').append(wheels.centreY())
				.append(')').append(scale).append("\"/>");
		}
	}

	/** Five alloy spokes from the hub to the rim, as path data centred on the origin. */
	private static String spokes() {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			double angle = Math.toRadians(-90 + 72 * i);
			d.append('M').append(number(5 * Math.cos(angle))).append(' ').append(number(5 * Math.sin(angle)))
				.append('L').append(number(13.5 * Math.cos(angle))).append(' ').append(number(13.5 * Math.sin(angle)));
		}
		return d.toString();
	}

	private static String number(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
		return "-0".equals(text) ? "0" : text;
	}
}
