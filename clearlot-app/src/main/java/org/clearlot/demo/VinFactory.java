package org.clearlot.demo;

import java.util.HashSet;
import java.util.Set;

import org.clearlot.catalog.Vin;

/**
 * Makes unique, valid VINs in the Chinese layout (GB 16735): maker code, four descriptor characters, a trim
 * character, the check digit, the ISO 3779 model-year code, the plant and a six-digit serial number.
 */
final class VinFactory {

	/** Model-year codes from 2010 (A) on; I, O, Q, U, Z and 0 are never used. */
	private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY";
	private static final String TRIM_CODES = "ABCDEFGHJKLMNPRSTUVWXYZ";

	private final Dice dice;
	private final Set<String> issued = new HashSet<>();

	VinFactory(Dice dice) {
		this.dice = dice;
	}

	String next(ModelSpec model, int trimIndex, int modelYear) {
		String descriptor = model.wmi() + model.vds() + TRIM_CODES.charAt(trimIndex % TRIM_CODES.length());
		String tail = "" + yearCode(modelYear) + model.plant();
		while (true) {
			StringBuilder vin = new StringBuilder(17).append(descriptor).append('0').append(tail)
					.append(String.format("%06d", dice.between(0, 999_999)));
			vin.setCharAt(8, Vin.checkDigit(vin.toString()));
			if (issued.add(vin.toString())) {
				return vin.toString();
			}
		}
	}

	/** The ISO 3779 code of a model year from 2010 to 2030 (2012 = C, 2025 = S). */
	static char yearCode(int year) {
		if (year < 2010 || year >= 2010 + YEAR_CODES.length()) {
			throw new IllegalArgumentException("no year code for " + year);
		}
		return YEAR_CODES.charAt(year - 2010);
	}
}
