package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.realtime.Signature;

/** The signature body (after the FF type byte of a realtime report, or at the end of an activation). */
public final class SignatureCodec {

	private SignatureCodec() {
	}

	/** Reads a signature covering the given frame bytes, or returns {@code null} if the data unit ends inside it. */
	public static Signature decode(WireReader in, int signedOffset, int signedLength) {
		if (!in.has(3)) {
			return null;
		}
		int algorithm = in.u8();
		int rLength = in.u16();
		if (!in.has(rLength + 2L)) {
			return null;
		}
		byte[] r = in.bytes(rLength);
		int sLength = in.u16();
		if (!in.has(sLength)) {
			return null;
		}
		return new Signature(algorithm, r, in.bytes(sLength), signedOffset, signedLength);
	}

	/**
	 * Whether a signature body starting at frame offset {@code at} ends exactly at {@code end}; used to find the
	 * signature again after an undecodable block.
	 */
	public static boolean endsAt(WireReader in, int at, int end) {
		if (at + 3 > end) {
			return false;
		}
		int sAt = at + 3 + (in.byteAt(at + 1) << 8 | in.byteAt(at + 2));
		return sAt + 2 <= end && sAt + 2 + (in.byteAt(sAt) << 8 | in.byteAt(sAt + 1)) == end;
	}

	public static void encode(Signature signature, WireWriter out) {
		out.u8(signature.algorithmCode()).lengthPrefixed(signature.r(), "signature R")
				.lengthPrefixed(signature.s(), "signature S");
	}
}
