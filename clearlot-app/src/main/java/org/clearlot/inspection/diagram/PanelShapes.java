package org.clearlot.inspection.diagram;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clearlot.inspection.grading.StructuralPosition;

/**
 * The geometry of the top view, as SVG path data in a 300 by 560 view box: the car points up, centred on x = 150,
 * from the front bumper at y = 26 to the rear bumper at y = 442. Shapes are drawn for the left side of the car (the
 * viewer's left, as seen from above with the front at the top) and mirrored for the right side. Paths use only the
 * absolute commands M, L, C, Q and Z, so mirroring negates every x coordinate around the centre line.
 */
final class PanelShapes {

	/** The centre line of the car. */
	static final int CENTRE = 150;
	/** The ends of the centre line, the symmetry marker. */
	static final int NOSE = 30;
	static final int TAIL = 438;

	/** The outline of the whole body, drawn behind the panels so that the gaps between them read as shut lines. */
	static final String SILHOUETTE = "M74 72C74 45 106 30 150 30C194 30 226 45 226 72L229 172L229 336L224 402"
			+ "C222 424 196 436 150 436C104 436 78 424 76 402L71 336L71 172Z";

	private static final Map<BodyItem, String> SHAPES = new EnumMap<>(BodyItem.class);
	private static final Map<StructuralPosition, double[]> MARKS = new EnumMap<>(StructuralPosition.class);
	private static final Pattern NUMBER_PAIR = Pattern.compile("(-?[\\d.]+)([ ,])(-?[\\d.]+)");

	static {
		String frontWing = "M73 76L85 76C89 100 91 136 91 172L71 172C70 134 70 102 73 76Z";
		String frontDoor = "M71 176L91 176L91 253L70 253C69 226 69 200 71 176Z";
		String rearDoor = "M70 257L91 257L91 332L72 332C70 306 69 282 70 257Z";
		String rearWing = "M72 336L91 336C91 362 90 384 87 402L77 402C73 380 71 360 72 336Z";
		String wheel = roundedRect(53, 88, 13, 48, 3);
		String rearWheel = roundedRect(53, 350, 13, 48, 3);
		String mirror = "M70 180L57 177C52 178 51 188 56 191L70 192Z";
		String sideWindow = "M95 172L105 201L105 300L96 330Z";
		String headLamp = "M92 64C96 55 106 50 122 48L124 57C111 58 102 62 96 70Z";
		String tailLamp = "M94 397C98 407 108 413 124 416L123 424C106 422 95 416 91 405Z";
		SHAPES.put(BodyItem.BONNET, "M89 72C91 55 112 45 150 45C188 45 209 55 211 72L206 152C186 148 114 148 94 152Z");
		SHAPES.put(BodyItem.LEFT_FRONT_WING, frontWing);
		SHAPES.put(BodyItem.RIGHT_FRONT_WING, mirror(frontWing));
		SHAPES.put(BodyItem.LEFT_REAR_WING, rearWing);
		SHAPES.put(BodyItem.RIGHT_REAR_WING, mirror(rearWing));
		SHAPES.put(BodyItem.LEFT_FRONT_DOOR, frontDoor);
		SHAPES.put(BodyItem.RIGHT_FRONT_DOOR, mirror(frontDoor));
		SHAPES.put(BodyItem.LEFT_REAR_DOOR, rearDoor);
		SHAPES.put(BodyItem.RIGHT_REAR_DOOR, mirror(rearDoor));
		SHAPES.put(BodyItem.BOOT_LID, "M95 345C120 341 180 341 205 345L209 398C204 416 184 425 150 425C116 425 96 416 91 398Z"
				+ roundedRect(116, 358, 68, 30, 4));
		SHAPES.put(BodyItem.BOOT_INTERIOR, roundedRect(120, 362, 60, 22, 3));
		SHAPES.put(BodyItem.ROOF, "M109 203C130 199 170 199 191 203L191 299C170 302 130 302 109 299Z");
		SHAPES.put(BodyItem.FRONT_BUMPER,
				"M71 72C71 43 104 26 150 26C196 26 229 43 229 72L216 72C214 52 190 41 150 41C110 41 86 52 84 72Z");
		SHAPES.put(BodyItem.REAR_BUMPER,
				"M72 404C72 428 104 442 150 442C196 442 228 428 228 404L215 404C211 421 190 429 150 429"
						+ "C110 429 89 421 85 404Z");
		SHAPES.put(BodyItem.LEFT_FRONT_WHEEL, wheel);
		SHAPES.put(BodyItem.RIGHT_FRONT_WHEEL, mirror(wheel));
		SHAPES.put(BodyItem.LEFT_REAR_WHEEL, rearWheel);
		SHAPES.put(BodyItem.RIGHT_REAR_WHEEL, mirror(rearWheel));
		SHAPES.put(BodyItem.HEADLAMPS, headLamp + mirror(headLamp));
		SHAPES.put(BodyItem.TAIL_LAMPS, tailLamp + mirror(tailLamp));
		SHAPES.put(BodyItem.WINDSCREEN, "M96 158C130 150 170 150 204 158L194 197C170 193 130 193 106 197Z");
		SHAPES.put(BodyItem.REAR_WINDOW, "M109 303C130 306 170 306 191 303L201 336C170 341 130 341 99 336Z");
		SHAPES.put(BodyItem.SIDE_WINDOWS, sideWindow + mirror(sideWindow));
		SHAPES.put(BodyItem.LEFT_MIRROR, mirror);
		SHAPES.put(BodyItem.RIGHT_MIRROR, mirror(mirror));
		String tyre = roundedRect(49, 84, 21, 56, 6) + wheel;
		String rearTyre = roundedRect(49, 346, 21, 56, 6) + rearWheel;
		SHAPES.put(BodyItem.TYRES, tyre + mirror(tyre) + rearTyre + mirror(rearTyre));

		MARKS.put(StructuralPosition.LEFT_A_PILLAR, new double[] { 101, 190 });
		MARKS.put(StructuralPosition.LEFT_B_PILLAR, new double[] { 100, 255 });
		MARKS.put(StructuralPosition.LEFT_C_PILLAR, new double[] { 101, 322 });
		MARKS.put(StructuralPosition.LEFT_FRONT_RAIL, new double[] { 118, 84 });
		MARKS.put(StructuralPosition.LEFT_FRONT_SHOCK_TOWER, new double[] { 102, 114 });
		MARKS.put(StructuralPosition.LEFT_REAR_SHOCK_TOWER, new double[] { 103, 374 });
		MARKS.put(StructuralPosition.RIGHT_A_PILLAR, mirror(MARKS.get(StructuralPosition.LEFT_A_PILLAR)));
		MARKS.put(StructuralPosition.RIGHT_B_PILLAR, mirror(MARKS.get(StructuralPosition.LEFT_B_PILLAR)));
		MARKS.put(StructuralPosition.RIGHT_C_PILLAR, mirror(MARKS.get(StructuralPosition.LEFT_C_PILLAR)));
		MARKS.put(StructuralPosition.RIGHT_FRONT_RAIL, mirror(MARKS.get(StructuralPosition.LEFT_FRONT_RAIL)));
		MARKS.put(StructuralPosition.RIGHT_FRONT_SHOCK_TOWER,
				mirror(MARKS.get(StructuralPosition.LEFT_FRONT_SHOCK_TOWER)));
		MARKS.put(StructuralPosition.RIGHT_REAR_SHOCK_TOWER,
				mirror(MARKS.get(StructuralPosition.LEFT_REAR_SHOCK_TOWER)));
	}

	private PanelShapes() {
	}

	/** The path data of a body item; items drawn in several places (lamps, glass, tyres) have several subpaths. */
	static String of(BodyItem item) {
		return SHAPES.get(item);
	}

	/** Whether the shape has a hole (the boot lid round the boot opening, the tyres round the wheels). */
	static boolean hollow(BodyItem item) {
		return item == BodyItem.BOOT_LID || item == BodyItem.TYRES;
	}

	/** The centre of the marker of a structural position other than {@link StructuralPosition#SYMMETRY}. */
	static double[] mark(StructuralPosition position) {
		return MARKS.get(position);
	}

	/** Whether the position is drawn as a diamond (rails and shock towers) rather than a circle (pillars). */
	static boolean diamond(StructuralPosition position) {
		return position.name().contains("RAIL") || position.name().contains("SHOCK");
	}

	/** A rectangle with rounded corners as path data, clockwise from the top left. */
	static String roundedRect(double x, double y, double width, double height, double r) {
		double right = x + width;
		double bottom = y + height;
		return "M" + number(x + r) + " " + number(y) + "L" + number(right - r) + " " + number(y) + "Q" + number(right)
				+ " " + number(y) + " " + number(right) + " " + number(y + r) + "L" + number(right) + " "
				+ number(bottom - r) + "Q" + number(right) + " " + number(bottom) + " " + number(right - r) + " "
				+ number(bottom) + "L" + number(x + r) + " " + number(bottom) + "Q" + number(x) + " " + number(bottom)
				+ " " + number(x) + " " + number(bottom - r) + "L" + number(x) + " " + number(y + r) + "Q" + number(x)
				+ " " + number(y) + " " + number(x + r) + " " + number(y) + "Z";
	}

	/** The same path reflected in the centre line. */
	static String mirror(String path) {
		Matcher pair = NUMBER_PAIR.matcher(path);
		StringBuilder mirrored = new StringBuilder();
		while (pair.find()) {
			double x = 2 * CENTRE - Double.parseDouble(pair.group(1));
			pair.appendReplacement(mirrored, number(x) + pair.group(2) + pair.group(3));
		}
		return pair.appendTail(mirrored).toString();
	}

	private static double[] mirror(double[] point) {
		return new double[] { 2 * CENTRE - point[0], point[1] };
	}

	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
		return "-0".equals(text) ? "0" : text;
	}
}
