package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.Body;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Heartbeat;
import org.clearlot.gbt32960.OpaqueBody;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.TimeSync;
import org.clearlot.gbt32960.internal.realtime.RealtimeDecoder;

/** Picks the data-unit decoder for a frame's command, response flag and encryption. */
public final class BodyDecoder {

	private BodyDecoder() {
	}

	/** The body, or {@code null} with the failure recorded in {@code ctx}. */
	public static Body decode(DecodeContext ctx, Command command) {
		FrameHeader header = ctx.header();
		Encryption encryption = header.encryption();
		if (encryption.encrypted()) {
			ctx.notes().add("data unit encrypted with " + encryption + ": kept as bytes, not decrypted");
			return opaque(ctx);
		}
		if (encryption != Encryption.NONE) {
			ctx.notes().add("encryption flag " + encryption + ": data unit read as plain text");
		}
		if (!header.isCommand()) {
			return AcknowledgementCodec.decode(ctx);
		}
		boolean v2016 = header.revision() == Revision.V2016;
		return switch (command) {
			case VEHICLE_LOGIN -> v2016 ? VehicleLogin2016Codec.decode(ctx) : VehicleLogin2025Codec.decode(ctx);
			case REALTIME -> RealtimeDecoder.decode(ctx, false);
			case REISSUE -> RealtimeDecoder.decode(ctx, true);
			case VEHICLE_LOGOUT -> SerialCodec.decodeVehicleLogout(ctx);
			case PLATFORM_LOGIN -> PlatformLoginCodec.decode(ctx);
			case PLATFORM_LOGOUT -> SerialCodec.decodePlatformLogout(ctx);
			case HEARTBEAT -> empty(ctx, new Heartbeat(), "heartbeat");
			case TIME_SYNC -> empty(ctx, new TimeSync(), "time sync request");
			case ACTIVATION -> ActivationCodec.decode(ctx);
			case ACTIVATION_RESPONSE -> ActivationResponseCodec.decode(ctx);
			case KEY_EXCHANGE -> KeyExchangeCodec.decode(ctx);
			case QUERY, SETUP, CONTROL -> opaque(ctx);
		};
	}

	private static Body empty(DecodeContext ctx, Body body, String what) {
		ctx.noteTrailing(what);
		return body;
	}

	private static Body opaque(DecodeContext ctx) {
		WireReader in = ctx.in();
		return new OpaqueBody(in.bytes(in.remaining()));
	}
}
