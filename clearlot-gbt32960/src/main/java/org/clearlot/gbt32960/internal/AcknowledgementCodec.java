package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.Acknowledgement;

/** Reply data units: empty, the time alone, or the time and an echo; see {@link Acknowledgement}. */
public final class AcknowledgementCodec {

	private AcknowledgementCodec() {
	}

	public static Acknowledgement decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		if (in.remaining() == 0) {
			return Acknowledgement.empty();
		}
		LocalDateTime time = ctx.time("reply");
		return time == null ? null : new Acknowledgement(time, in.bytes(in.remaining()));
	}

	public static void encode(Acknowledgement acknowledgement, WireWriter out) {
		if (acknowledgement.time() != null) {
			out.time(acknowledgement.time()).bytes(acknowledgement.echoed());
		}
	}
}
