package org.clearlot.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid GB/T 34014 pack codes for tests: manufacturer 0RJ, pack, LFP, made on 3 January of year F. */
public final class TestPackCodes {

	private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

	private TestPackCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder("0RJPB96");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 7; i++) {
			code.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
		}
		code.append("F13");
		for (int i = 0; i < 7; i++) {
			code.append((char) ('0' + random.nextInt(10)));
		}
		return code.toString();
	}
}
