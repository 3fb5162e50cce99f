package org.clearlot.gbt32960;

import org.clearlot.gbt32960.realtime.Signature;

/**
 * Signs 2025 frames while they are encoded, so that a terminal or simulator can sign without a second pass: the
 * encoder writes the covered bytes, calls the signer, then appends the signature. Supply it to
 * {@link Gbt32960Encoder#encode(Frame, Signer)}; the codec itself has no cryptography.
 */
@FunctionalInterface
public interface Signer {

	/**
	 * Signs {@code length} bytes of {@code frame} from {@code offset} (the covered bytes; see {@link Signature}).
	 *
	 * @return the signature to append; its offsets are ignored
	 */
	Signature sign(byte[] frame, int offset, int length);
}
