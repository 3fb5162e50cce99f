package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A manufacturer-defined information block (types 80–FE), skipped by its length and kept as bytes.
 *
 * <pre>
 * type | length WORD | data
 *   80 00 10 FE FE FE FE FE FE FE FE FE FE FE FE FE FE FE FE     type 80, 16 bytes of data
 * </pre>
 *
 * @param type the information type, 0x80–0xFE
 * @param data the block's data; do not modify
 */
public record CustomBlock(int type, byte[] data) {

	public CustomBlock {
		Objects.requireNonNull(data, "data");
		if (type < 0x80 || type > 0xFE) {
			throw new IllegalArgumentException("custom information types are 0x80..0xFE: " + type);
		}
		if (data.length > 0xFFFF) {
			throw new IllegalArgumentException("a custom block holds at most 65535 bytes");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CustomBlock that && type == that.type && Arrays.equals(data, that.data);
	}

	@Override
	public int hashCode() {
		return 31 * type + Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return "CustomBlock[type=0x" + Integer.toHexString(type) + ", data=" + HexFormat.of().formatHex(data) + "]";
	}
}
