package org.clearlot.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * A vehicle identification number per ISO 3779 / GB 16735: 17 characters from 0–9 and A–Z without I, O and Q,
 * whose 9th character is the check digit (weighted sum of transliterated characters mod 11, 10 written as X).
 */
public record Vin(String value) {

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	public Vin {
		String problem = problemWith(value).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		value = value.toUpperCase(Locale.ROOT);
	}

	public static Vin of(String value) {
		return new Vin(value == null ? null : value.strip());
	}

	/** Why a string is not a valid VIN, or empty when it is one. */
	public static Optional<String> problemWith(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.of("VIN is required");
		}
		String vin = raw.strip().toUpperCase(Locale.ROOT);
		if (vin.length() != 17) {
			return Optional.of("VIN must have 17 characters, not " + vin.length());
		}
		for (int i = 0; i < vin.length(); i++) {
			char c = vin.charAt(i);
			if (c == 'I' || c == 'O' || c == 'Q') {
				return Optional.of("VIN must not contain I, O or Q (found '" + c + "' at position " + (i + 1) + ")");
			}
			if (transliterate(c) < 0) {
				return Optional.of("VIN may only contain digits and letters (found '" + c + "' at position " + (i + 1) + ")");
			}
		}
		char expected = checkDigit(vin);
		if (vin.charAt(8) != expected) {
			return Optional.of("VIN check digit (position 9) is '" + vin.charAt(8) + "' but should be '" + expected + "'");
		}
		return Optional.empty();
	}

	/** The check digit for the other 16 characters of a 17-character VIN (position 9 is ignored). */
	public static char checkDigit(String vin) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	private static int transliterate(char c) {
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

	@Override
	public String toString() {
		return value;
	}
}
