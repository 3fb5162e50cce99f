package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * Synthetic VINs that pass the ISO 3779 / GB 16735 check digit: a Chinese manufacturer prefix, random vehicle
 * descriptors, the check digit in position 9, a model-year letter, a plant code and a serial number.
 */
public final class Vins {

	private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
	private static final String[] MANUFACTURERS = { "LGX", "LRW", "LFV", "LSV", "LNB", "LVG", "LB3", "LS6", "LUR", "LC0" };
	private static final String YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789";
	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	private Vins() {
	}

	/** A random valid VIN for model year {@code modelYear} (2010–2039). */
	public static String random(Rng rng, int modelYear) {
		char[] vin = new char[17];
		String wmi = MANUFACTURERS[rng.nextInt(MANUFACTURERS.length)];
		wmi.getChars(0, 3, vin, 0);
		for (int i = 3; i < 8; i++) {
			vin[i] = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
		}
		vin[9] = YEARS.charAt(Math.floorMod(modelYear - 2010, YEARS.length()));
		vin[10] = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
		for (int i = 11; i < 17; i++) {
			vin[i] = (char) ('0' + rng.nextInt(10));
		}
		vin[8] = '0';
		vin[8] = checkDigit(new String(vin));
		return new String(vin);
	}

	/** Whether {@code vin} is 17 valid characters with the right check digit. */
	public static boolean isValid(String vin) {
		if (vin == null || vin.length() != 17) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (value(vin.charAt(i)) < 0) {
				return false;
			}
		}
		return vin.charAt(8) == checkDigit(vin);
	}

	/** The check digit (position 9) for a 17-character VIN; position 9 itself is ignored. */
	public static char checkDigit(String vin) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += value(vin.charAt(i)) * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	private static int value(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> -1;
		};
	}
}
