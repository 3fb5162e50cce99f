package org.clearlot.catalog;

import java.util.Locale;
import java.util.Optional;

import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

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

	/** Why a string is not a valid VIN, in English, or empty when it is one. */
	public static Optional<String> problemWith(String raw) {
		return check(raw).map(FieldProblem::message);
	}

	/** Why a string is not a valid VIN, as a problem of the field {@code vin}, or empty when it is one. */
	public static Optional<FieldProblem> check(String raw) {
		if (raw == null || raw.isBlank()) {
			return problem(Reason.VIN_REQUIRED);
		}
		String vin = raw.strip().toUpperCase(Locale.ROOT);
		if (vin.length() != 17) {
			return problem(Reason.VIN_LENGTH, vin.length());
		}
		for (int i = 0; i < vin.length(); i++) {
			char c = vin.charAt(i);
			if (c == 'I' || c == 'O' || c == 'Q') {
				return problem(Reason.VIN_FORBIDDEN_LETTER, c, i + 1);
			}
			if (transliterate(c) < 0) {
				return problem(Reason.VIN_BAD_CHARACTER, c, i + 1);
			}
		}
		char expected = checkDigit(vin);
		if (vin.charAt(8) != expected) {
			return problem(Reason.VIN_CHECK_DIGIT, vin.charAt(8), expected);
		}
		return Optional.empty();
	}

	private static Optional<FieldProblem> problem(Reason reason, Object... args) {
		return Optional.of(FieldProblem.of("vin", reason, args));
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
