package org.clearlot.gbt32960;

/**
 * 2025 activation response (command 0A), sent by the platform as a command frame.
 *
 * <pre>
 * result BYTE | information BYTE
 * 02 01     result 02 (not activated), information 01 (no further information)
 * </pre>
 *
 * @param resultCode 01 activated, 02 not activated
 * @param infoCode   01 no further information, 02 security chip already in use, 03 VIN already activated
 */
public record ActivationResponse(int resultCode, int infoCode) implements Body {

	/** The information byte, named. */
	public enum Info {
		NONE(0x01), CHIP_IN_USE(0x02), DUPLICATE_VIN(0x03);

		private final int code;

		Info(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}

		/** The information with this byte, or {@code null}. */
		public static Info of(int code) {
			return switch (code) {
				case 0x01 -> NONE;
				case 0x02 -> CHIP_IN_USE;
				case 0x03 -> DUPLICATE_VIN;
				default -> null;
			};
		}
	}

	public ActivationResponse {
		if (resultCode < 0 || resultCode > 0xFF || infoCode < 0 || infoCode > 0xFF) {
			throw new IllegalArgumentException("result and information are bytes");
		}
	}

	/** A response with result 01 or 02. */
	public static ActivationResponse of(boolean activated, Info info) {
		return new ActivationResponse(activated ? 0x01 : 0x02, info.code());
	}

	/** Whether the platform activated the chip (result 01). */
	public boolean activated() {
		return resultCode == 0x01;
	}

	/** The information byte named, or {@code null} if it is not a defined value. */
	public Info info() {
		return Info.of(infoCode);
	}
}
