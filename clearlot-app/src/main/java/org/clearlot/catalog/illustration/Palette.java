package org.clearlot.catalog.illustration;

import java.util.Locale;

import org.clearlot.catalog.Colour;

/**
 * The shades derived from one paint colour: the body fill, a darker lower body, a lighter highlight, the colour of
 * panel lines, the outline (visible even on a white car against the light background) and the window seals (visible
 * even on a black car).
 */
record Palette(String body, String dark, String light, String line, String outline, String outlineWidth,
		String windowSeal) {

	private static final double PALE = 0.62;
	private static final int GREYISH = 40;
	private static final double DARK_PAINT = 0.12;

	static Palette of(Colour colour) {
		int[] rgb = rgb(colour.hex());
		double luminance = luminance(rgb);
		boolean pale = luminance > PALE && chroma(rgb) < GREYISH;
		String dark = hex(mix(rgb, 0, pale ? 0.14 : 0.22));
		String light = hex(mix(rgb, 255, luminance < DARK_PAINT ? 0.28 : 0.42));
		String line = luminance < DARK_PAINT ? hex(mix(rgb, 255, 0.14)) : hex(mix(rgb, 0, 0.34));
		if (pale) {
			return new Palette(colour.hex(), dark, "#ffffff", line, "#8e96a0", "1.6", "#1a1e24");
		}
		String seal = luminance < DARK_PAINT ? "#5c636d" : "#1a1e24";
		return new Palette(colour.hex(), dark, light, line, hex(mix(rgb, 0, 0.4)), "1", seal);
	}

	private static int[] rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new int[] { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
	}

	private static double luminance(int[] rgb) {
		return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
	}

	private static int chroma(int[] rgb) {
		return Math.max(rgb[0], Math.max(rgb[1], rgb[2])) - Math.min(rgb[0], Math.min(rgb[1], rgb[2]));
	}

	private static int[] mix(int[] rgb, int target, double amount) {
		int[] mixed = new int[3];
		for (int i = 0; i < 3; i++) {
			mixed[i] = (int) Math.round(rgb[i] + (target - rgb[i]) * amount);
		}
		return mixed;
	}

	private static String hex(int[] rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
	}
}
