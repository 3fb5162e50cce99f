package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.DecodeError;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.KeyExchange;

/** The 2025 data-unit key exchange; see {@link KeyExchange}. */
public final class KeyExchangeCodec {

	private KeyExchangeCodec() {
	}

	public static KeyExchange decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		if (!in.has(3)) {
			return ctx.truncated("the key exchange", 3);
		}
		int typeCode = in.u8();
		Encryption type = Encryption.of(typeCode);
		if (type == null) {
			return ctx.fail(DecodeError.BAD_FIELD, "key type " + Notes.hex(typeCode) + " is not an encryption code",
					in.offset() - 1);
		}
		int keyLength = in.u16();
		if (!in.has(keyLength)) {
			return ctx.truncated("a key of " + keyLength + " bytes", keyLength);
		}
		byte[] key = in.bytes(keyLength);
		LocalDateTime from = ctx.time("key validity start");
		LocalDateTime until = from == null ? null : ctx.time("key validity end");
		if (until == null) {
			return null;
		}
		ctx.noteTrailing("key exchange");
		return new KeyExchange(type, key, from, until);
	}

	public static void encode(KeyExchange exchange, WireWriter out) {
		out.u8(exchange.keyType().code()).lengthPrefixed(exchange.key(), "key").time(exchange.validFrom())
				.time(exchange.validUntil());
	}
}
