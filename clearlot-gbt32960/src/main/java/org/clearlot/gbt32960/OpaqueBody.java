package org.clearlot.gbt32960;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A data unit kept as bytes: query, setup and control commands (80–82), and any encrypted unit (the codec does not
 * decrypt; encode the ciphertext as an opaque body with the matching {@link Encryption} in the header).
 *
 * <pre>
 * 23 23 80 FE "HAUV4BGN6S5002219" 01 00 09 19 0A 1B 14 02 02 02 01 02 ..   query: time, 2 parameter ids, kept as is
 * </pre>
 *
 * @param data the data unit; do not modify
 */
public record OpaqueBody(byte[] data) implements Body {

	public OpaqueBody {
		Objects.requireNonNull(data, "data");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OpaqueBody that && Arrays.equals(data, that.data);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return "OpaqueBody[" + HexFormat.of().formatHex(data) + "]";
	}
}
