package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 2025 terminal signature: the last block of a realtime or reissue report (type FF) and the tail of an activation.
 * The covered bytes are located in the decoded frame so that a verifier can check them in place, for example with
 * SM2: {@code verify(frame, frameStart + signedOffset, signedLength, r, s)}. A realtime signature covers the data unit
 * from its first byte (the collection time) up to and excluding the FF type byte; an activation signature covers the
 * data unit from the time through the VIN. Both are this library's reading where the public sources are silent.
 *
 * <pre>
 * [FF] | algorithm BYTE | R length WORD | R | S length WORD | S
 *   FF 02 01 00 05 4F .. A3 00 00     RSA, 256-byte R (the whole RSA signature), empty S
 *   FF 01 00 20 .. 00 20 ..           SM2, 32-byte R and S
 * </pre>
 *
 * @param algorithmCode the algorithm byte, see {@link #algorithm()}
 * @param r             the R value (or the whole signature for RSA); do not modify
 * @param s             the S value, empty for RSA; do not modify
 * @param signedOffset  offset of the first covered byte from the frame's first byte; ignored when encoding
 * @param signedLength  number of covered bytes; ignored when encoding
 */
public record Signature(int algorithmCode, byte[] r, byte[] s, int signedOffset, int signedLength) {

	public Signature {
		Objects.requireNonNull(r, "r");
		Objects.requireNonNull(s, "s");
		Scaling.checkRange(algorithmCode, 0xFF, "signature algorithm");
		if (r.length > 0xFFFF || s.length > 0xFFFF) {
			throw new IllegalArgumentException("R and S hold at most 65535 bytes each");
		}
	}

	/** A signature to encode; the encoder places it. */
	public static Signature of(SignatureAlgorithm algorithm, byte[] r, byte[] s) {
		return new Signature(algorithm.code(), r, s, 0, 0);
	}

	/** The algorithm, or {@code null} if the byte is not a defined value. */
	public SignatureAlgorithm algorithm() {
		return SignatureAlgorithm.of(algorithmCode);
	}

	/** The same signature placed at other covered bytes. */
	public Signature covering(int offset, int length) {
		return new Signature(algorithmCode, r, s, offset, length);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Signature that && algorithmCode == that.algorithmCode && Arrays.equals(r, that.r)
				&& Arrays.equals(s, that.s) && signedOffset == that.signedOffset && signedLength == that.signedLength;
	}

	@Override
	public int hashCode() {
		return Objects.hash(algorithmCode, signedOffset, signedLength) * 961 + Arrays.hashCode(r) * 31
				+ Arrays.hashCode(s);
	}

	@Override
	public String toString() {
		HexFormat hex = HexFormat.of();
		return "Signature[algorithm=" + algorithmCode + ", r=" + hex.formatHex(r) + ", s=" + hex.formatHex(s)
				+ ", signed=" + signedOffset + "+" + signedLength + "]";
	}
}
