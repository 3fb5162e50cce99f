package org.clearlot.simulator.physics;

/** Derives independent, reproducible 64-bit seeds from several numbers (SplitMix64 finalizer). */
public final class Seeds {

	private Seeds() {
	}

	/** A well-mixed seed from the given parts; the same parts always give the same seed. */
	public static long mix(long... parts) {
		long h = 0x9E3779B97F4A7C15L;
		for (long part : parts) {
			h = finalize(h ^ finalize(part + 0x632BE59BD9B4E019L));
		}
		return h;
	}

	/** A seed from a string (such as a VIN). */
	public static long of(String text) {
		long h = 1125899906842597L;
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + text.charAt(i);
		}
		return finalize(h);
	}

	private static long finalize(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
