package org.clearlot.gbt32960;

/**
 * The response flag (fourth byte of every frame): {@link #COMMAND} on a request, one of the others on a reply.
 * Codes 04 to 07 exist only in the 2025 revision.
 *
 * <pre>
 * 23 23 01 01 ...   reply (01 success) to a vehicle login (01)
 * </pre>
 */
public enum ResponseFlag {
	SUCCESS(0x01),
	ERROR(0x02),
	DUPLICATE_VIN(0x03),
	/** 2025 only. */
	VIN_NOT_FOUND(0x04),
	/** 2025 only. */
	SIGNATURE_FAILED(0x05),
	/** 2025 only. */
	DATA_STRUCTURE_ERROR(0x06),
	/** 2025 only. */
	DECRYPTION_ERROR(0x07),
	/** The frame is a command, not a reply. */
	COMMAND(0xFE);

	private final int code;

	ResponseFlag(int code) {
		this.code = code;
	}

	/** The response byte on the wire. */
	public int code() {
		return code;
	}

	/** Whether {@code revision} defines this flag. */
	public boolean definedIn(Revision revision) {
		return revision == Revision.V2025 || code <= 0x03 || this == COMMAND;
	}

	/** The flag with this byte, or {@code null} if no revision defines it. */
	public static ResponseFlag of(int code) {
		return switch (code) {
			case 0x01 -> SUCCESS;
			case 0x02 -> ERROR;
			case 0x03 -> DUPLICATE_VIN;
			case 0x04 -> VIN_NOT_FOUND;
			case 0x05 -> SIGNATURE_FAILED;
			case 0x06 -> DATA_STRUCTURE_ERROR;
			case 0x07 -> DECRYPTION_ERROR;
			case 0xFE -> COMMAND;
			default -> null;
		};
	}
}
