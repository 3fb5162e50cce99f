package org.clearlot.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * A GB/T 34014 battery code, 24 characters of digits and capital letters: manufacturer (3), product type (1: P
 * pack, M module, C cell), battery type (1: B LFP, E ternary, …), specification (2), traceability (7), production
 * date (3: year, month 1–9 or A–C, day 1–9 or A–V) and serial number (7). Example: {@code 0RJPEA00HAU0AAF131001955},
 * a pack made on day 3 of January of year F.
 */
public record PackCode(String value) {

	private static final String MONTHS = "123456789ABC";
	private static final String DAYS = "123456789ABCDEFGHIJKLMNOPQRSTUV";

	public PackCode {
		Optional<String> problem = problem(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("Not a GB/T 34014 code: " + problem.get());
		}
	}

	/** The code of a raw value, trimmed and upper-cased. */
	public static PackCode of(String raw) {
		return new PackCode(normalize(raw));
	}

	public static String normalize(String raw) {
		return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
	}

	/** What is wrong with a (normalized) value, if anything. */
	public static Optional<String> problem(String value) {
		if (value == null || value.length() != 24) {
			return Optional.of("a code has 24 characters, not " + (value == null ? 0 : value.length()));
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
				return Optional.of("'" + c + "' at position " + (i + 1) + " is not a digit or capital letter");
			}
		}
		if ("PMC".indexOf(value.charAt(3)) < 0) {
			return Optional.of("the product type (position 4) must be P (pack), M (module) or C (cell), not '"
					+ value.charAt(3) + "'");
		}
		if (MONTHS.indexOf(value.charAt(15)) < 0) {
			return Optional.of("the production month (position 16) must be 1–9 or A–C, not '" + value.charAt(15) + "'");
		}
		if (DAYS.indexOf(value.charAt(16)) < 0) {
			return Optional.of("the production day (position 17) must be 1–9 or A–V, not '" + value.charAt(16) + "'");
		}
		return Optional.empty();
	}

	/** P pack, M module or C cell. */
	public char productType() {
		return value.charAt(3);
	}

	@Override
	public String toString() {
		return value;
	}
}
