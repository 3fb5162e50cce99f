package org.clearlot.demo;

import java.time.LocalDate;

import org.clearlot.demo.ModelSpec.Pack;

/**
 * Makes 24-character GB/T 34014 pack codes: manufacturer (3), product type P (1), chemistry (1: B LFP, E ternary),
 * specification (2), traceability (7), production date (3: year, month 1–9/A–C, day 1–9/A–V) and serial (7).
 */
final class BatteryCodes {

	/** China's battery traceability platform started on 2018-08-01; older packs carry no code in the demo. */
	static final LocalDate TRACEABILITY_START = LocalDate.of(2018, 8, 1);

	private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
	private static final String DIGITS = "0123456789";
	private static final String MONTHS = "123456789ABC";
	private static final String DAYS = "123456789ABCDEFGHIJKLMNOPQRSTUV";

	private final Dice dice;

	BatteryCodes(Dice dice) {
		this.dice = dice;
	}

	/** A code for a pack built some weeks before the car was first registered, or null before traceability. */
	String codeFor(Pack pack, LocalDate firstRegistration) {
		if (firstRegistration.isBefore(TRACEABILITY_START)) {
			return null;
		}
		LocalDate built = firstRegistration.minusDays(dice.between(20, 120));
		char chemistry = "LFP".equals(pack.chemistry()) ? 'B' : 'E';
		int kWh = (int) Math.round(pack.kWh());
		String specification = Integer.toString(kWh, 36).toUpperCase();
		specification = specification.length() == 1 ? "0" + specification : specification.substring(0, 2);
		return pack.supplier() + 'P' + chemistry + specification + dice.chars(ALPHANUMERIC, 7)
				+ VinFactory.yearCode(built.getYear()) + MONTHS.charAt(built.getMonthValue() - 1)
				+ DAYS.charAt(built.getDayOfMonth() - 1) + dice.chars(DIGITS, 7);
	}
}
