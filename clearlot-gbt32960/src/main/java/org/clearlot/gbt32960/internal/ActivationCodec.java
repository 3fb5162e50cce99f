package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Signer;
import org.clearlot.gbt32960.realtime.Signature;

/** The 2025 activation; see {@link Activation} for the layout and what the signature covers. */
public final class ActivationCodec {

	private ActivationCodec() {
	}

	public static Activation decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		int start = in.offset();
		LocalDateTime time = ctx.time("activation");
		if (time == null) {
			return null;
		}
		if (!in.has(Activation.CHIP_ID_LENGTH + 2)) {
			return ctx.truncated("the activation", Activation.CHIP_ID_LENGTH + 2);
		}
		String chipId = in.ascii(Activation.CHIP_ID_LENGTH);
		int keyLength = in.u16();
		if (!in.has(keyLength + (long) FrameHeader.VIN_LENGTH)) {
			return ctx.truncated("the activation's public key and VIN", keyLength + (long) FrameHeader.VIN_LENGTH);
		}
		byte[] key = in.bytes(keyLength);
		String vin = in.ascii(FrameHeader.VIN_LENGTH);
		int signedEnd = in.offset();
		Signature signature = SignatureCodec.decode(in, start, signedEnd - start);
		if (signature == null) {
			in.seek(signedEnd);
			return ctx.truncated("the activation signature", 5);
		}
		ctx.noteTrailing("activation signature");
		return new Activation(time, chipId, key, vin, signature);
	}

	public static void encode(Activation activation, WireWriter out, Signer signer) {
		int start = out.position();
		out.time(activation.time()).ascii(activation.chipId(), Activation.CHIP_ID_LENGTH, "chip id")
				.lengthPrefixed(activation.publicKey(), "public key")
				.ascii(activation.vin(), FrameHeader.VIN_LENGTH, "VIN");
		Signature signature = signer != null ? signer.sign(out.buffer(), start, out.position() - start)
				: activation.signature();
		if (signature == null) {
			throw new IllegalArgumentException(signer == null ? "an activation needs a signature or a Signer"
					: "the signer returned no signature");
		}
		SignatureCodec.encode(signature, out);
	}
}
