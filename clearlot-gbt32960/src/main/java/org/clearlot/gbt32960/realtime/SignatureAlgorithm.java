package org.clearlot.gbt32960.realtime;

/** Algorithm of a 2025 signature. */
public enum SignatureAlgorithm {
	SM2(0x01),
	RSA(0x02),
	ECC(0x03);

	private final int code;

	SignatureAlgorithm(int code) {
		this.code = code;
	}

	/** The byte on the wire. */
	public int code() {
		return code;
	}

	/** The constant with this byte, or {@code null} (also for the FE/FF sentinels). */
	public static SignatureAlgorithm of(int code) {
		for (SignatureAlgorithm value : VALUES) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	private static final SignatureAlgorithm[] VALUES = values();
}
