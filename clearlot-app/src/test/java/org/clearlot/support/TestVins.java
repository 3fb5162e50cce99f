package org.clearlot.support;

import java.util.concurrent.ThreadLocalRandom;

import org.clearlot.catalog.Vin;

/** Fresh valid VINs for tests. */
public final class TestVins {

	private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

	private TestVins() {
	}

	public static String next() {
		StringBuilder vin = new StringBuilder("LTS");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (vin.length() < 17) {
			vin.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		vin.setCharAt(8, Vin.checkDigit(vin.toString()));
		return vin.toString();
	}
}
