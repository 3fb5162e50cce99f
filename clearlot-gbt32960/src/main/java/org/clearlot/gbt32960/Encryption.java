package org.clearlot.gbt32960;

/**
 * The data-unit encryption byte (byte 21 of every frame). SM2 and SM4 exist only in the 2025 revision. The codec does
 * not decrypt: an encrypted data unit decodes as an {@link OpaqueBody}.
 *
 * <pre>
 * ... 48 41 55 56 34 42 47 4E 36 53 35 30 30 32 32 31 39 | 01 | 00 1B ...   VIN, encryption 01 (none), length 27
 * </pre>
 */
public enum Encryption {
	NONE(0x01),
	RSA(0x02),
	AES(0x03),
	/** 2025 only. */
	SM2(0x04),
	/** 2025 only. */
	SM4(0x05),
	/** The terminal reports its encryption state as abnormal; the unit is read as plain text. */
	ABNORMAL(0xFE),
	/** The terminal reports its encryption state as invalid; the unit is read as plain text. */
	INVALID(0xFF);

	private final int code;

	Encryption(int code) {
		this.code = code;
	}

	/** The encryption byte on the wire. */
	public int code() {
		return code;
	}

	/** Whether the data unit is ciphertext (RSA, AES, SM2 or SM4). */
	public boolean encrypted() {
		return this == RSA || this == AES || this == SM2 || this == SM4;
	}

	/** Whether {@code revision} defines this value. */
	public boolean definedIn(Revision revision) {
		return revision == Revision.V2025 || (this != SM2 && this != SM4);
	}

	/** The value with this byte, or {@code null} if no revision defines it. */
	public static Encryption of(int code) {
		return switch (code) {
			case 0x01 -> NONE;
			case 0x02 -> RSA;
			case 0x03 -> AES;
			case 0x04 -> SM2;
			case 0x05 -> SM4;
			case 0xFE -> ABNORMAL;
			case 0xFF -> INVALID;
			default -> null;
		};
	}
}
