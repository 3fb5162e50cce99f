package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.ActivationResponse;

/** The 2025 activation response, two bytes; see {@link ActivationResponse}. */
public final class ActivationResponseCodec {

	private ActivationResponseCodec() {
	}

	public static ActivationResponse decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		if (!in.has(2)) {
			return ctx.truncated("the activation response", 2);
		}
		ActivationResponse response = new ActivationResponse(in.u8(), in.u8());
		ctx.noteTrailing("activation response");
		return response;
	}

	public static void encode(ActivationResponse response, WireWriter out) {
		out.u8(response.resultCode()).u8(response.infoCode());
	}
}
