package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * Synthetic GB/T 34014 battery codes, 24 characters: manufacturer 3, product type 1 (P = pack), chemistry 1 (B LFP,
 * E ternary), specification 2, traceability 7, date 3 (year letter, month 1–9/A–C, day 1–9/A–V), serial 7.
 */
final class PackCodes {

	private static final String[] MANUFACTURERS = { "0RJ", "03H", "05A", "0C1", "0BY" };
	private static final String ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
	private static final String DAYS = "123456789ABCDEFGHJKLMNPRSTUVWXY";

	private PackCodes() {
	}

	static String random(Rng rng, Chemistry chemistry, int year) {
		StringBuilder code = new StringBuilder(24);
		code.append(MANUFACTURERS[rng.nextInt(MANUFACTURERS.length)]).append('P').append(chemistry.packCodeLetter());
		append(code, rng, 2);
		append(code, rng, 7);
		code.append((char) ('A' + Math.floorMod(year - 2011 - rng.nextInt(6), 20)));
		code.append("123456789ABC".charAt(rng.nextInt(12)));
		code.append(DAYS.charAt(rng.nextInt(DAYS.length())));
		for (int i = 0; i < 7; i++) {
			code.append((char) ('0' + rng.nextInt(10)));
		}
		return code.toString();
	}

	private static void append(StringBuilder code, Rng rng, int count) {
		for (int i = 0; i < count; i++) {
			code.append(ALNUM.charAt(rng.nextInt(ALNUM.length())));
		}
	}
}
