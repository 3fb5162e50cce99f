package org.clearlot.gbt32960;

import org.clearlot.gbt32960.internal.Bcc;
import org.clearlot.gbt32960.internal.BodyEncoder;
import org.clearlot.gbt32960.internal.FrameLayout;
import org.clearlot.gbt32960.internal.HeaderCodec;
import org.clearlot.gbt32960.internal.WireWriter;

/**
 * Encodes frames of either revision, computing the data-unit length and the BCC. Thread-safe and stateless. A frame
 * that cannot be encoded (a value that does not fit its field, a block of the other revision, a body that does not
 * fit the header's command, a data unit over 65535 bytes) throws {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * byte[] bytes = new Gbt32960Encoder().encode(Frame.of(Revision.V2016, "LSVAU2A37K2100001", report));
 * }</pre>
 */
public final class Gbt32960Encoder {

	/**
	 * Encodes {@code frame}; a 2025 report or activation keeps the signature it holds (a report without one is sent
	 * unsigned).
	 */
	public byte[] encode(Frame frame) {
		return encode(frame, null);
	}

	/**
	 * Encodes {@code frame}, signing a 2025 realtime report or activation with {@code signer} (which replaces any
	 * signature the body holds); {@code null} encodes without signing.
	 */
	public byte[] encode(Frame frame, Signer signer) {
		BodyEncoder.check(frame.header(), frame.body());
		WireWriter out = new WireWriter(256);
		HeaderCodec.write(frame.header(), out);
		BodyEncoder.encode(frame.header(), frame.body(), signer, out);
		int dataLength = out.position() - FrameLayout.DATA;
		if (dataLength > 0xFFFF) {
			throw new IllegalArgumentException("the data unit has " + dataLength + " bytes; at most 65535 fit");
		}
		out.setU16(FrameLayout.LENGTH, dataLength);
		out.u8(Bcc.of(out.buffer(), FrameLayout.COMMAND, out.position()));
		return out.toByteArray();
	}
}
