package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.CustomBlock;

/** Manufacturer blocks 80–FE: a WORD length and the data; see {@link CustomBlock}. */
final class CustomBlockCodec {

	private CustomBlockCodec() {
	}

	static CustomBlock decode(int type, WireReader in) {
		if (!in.has(2)) {
			return null;
		}
		int length = in.u16();
		return in.has(length) ? new CustomBlock(type, in.bytes(length)) : null;
	}

	static void encode(CustomBlock block, WireWriter out) {
		out.u8(block.type()).lengthPrefixed(block.data(), "custom block");
	}
}
