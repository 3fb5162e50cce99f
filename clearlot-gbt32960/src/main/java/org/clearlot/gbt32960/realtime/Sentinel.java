package org.clearlot.gbt32960.realtime;

/**
 * What a raw field holds: a value, or one of the reserved codes the standard sets aside in every unsigned field (the
 * highest code means invalid, the one below it abnormal), or nothing because the revision lacks the field. Physical
 * accessors return {@code NaN} for all but {@link #VALUE}; this tells the three apart.
 *
 * <pre>
 * BYTE   FE abnormal        FF invalid
 * WORD   FF FE abnormal     FF FF invalid
 * DWORD  FF FF FF FE        FF FF FF FF
 * </pre>
 */
public enum Sentinel {
	VALUE, ABNORMAL, INVALID,
	/** The field does not exist in this revision (raw value {@link #ABSENT_RAW}). */
	ABSENT;

	/** The raw value of a field the frame's revision does not carry, such as the 2016-only accelerator pedal. */
	public static final int ABSENT_RAW = -1;

	/** Classifies a raw BYTE field. */
	public static Sentinel ofByte(int raw) {
		return classify(raw, 0xFE);
	}

	/** Classifies a raw WORD field. */
	public static Sentinel ofWord(int raw) {
		return classify(raw, 0xFFFE);
	}

	/** Classifies a raw DWORD field. */
	public static Sentinel ofDword(long raw) {
		if (raw < 0) {
			return ABSENT;
		}
		return raw == 0xFFFF_FFFEL ? ABNORMAL : raw == 0xFFFF_FFFFL ? INVALID : VALUE;
	}

	private static Sentinel classify(int raw, int abnormal) {
		if (raw < 0) {
			return ABSENT;
		}
		return raw == abnormal ? ABNORMAL : raw == abnormal + 1 ? INVALID : VALUE;
	}
}
