package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.Acknowledgement;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Body;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.KeyExchange;
import org.clearlot.gbt32960.OpaqueBody;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.PlatformLogout;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.Signer;
import org.clearlot.gbt32960.VehicleLogin;
import org.clearlot.gbt32960.VehicleLogout;
import org.clearlot.gbt32960.internal.realtime.RealtimeEncoder;

/** Checks that a body fits its header, and writes it with the codec of its type. */
public final class BodyEncoder {

	private BodyEncoder() {
	}

	/** Writes {@code body}, which {@link #check} has accepted for {@code header}. */
	public static void encode(FrameHeader header, Body body, Signer signer, WireWriter out) {
		Revision revision = header.revision();
		if (body instanceof Realtime realtime) {
			RealtimeEncoder.encode(realtime, revision, out, signer);
		} else if (body instanceof Activation activation) {
			ActivationCodec.encode(activation, out, signer);
		} else if (signer != null) {
			throw new IllegalArgumentException("only realtime reports and activations are signed");
		} else if (body instanceof Acknowledgement acknowledgement) {
			AcknowledgementCodec.encode(acknowledgement, out);
		} else if (body instanceof OpaqueBody opaque) {
			out.bytes(opaque.data());
		} else if (body instanceof VehicleLogin login) {
			if (revision == Revision.V2016) {
				VehicleLogin2016Codec.encode(login, out);
			} else {
				VehicleLogin2025Codec.encode(login, out);
			}
		} else if (body instanceof VehicleLogout logout) {
			SerialCodec.encode(logout.time(), logout.serial(), out);
		} else if (body instanceof PlatformLogin login) {
			PlatformLoginCodec.encode(login, out);
		} else if (body instanceof PlatformLogout logout) {
			SerialCodec.encode(logout.time(), logout.serial(), out);
		} else if (body instanceof ActivationResponse response) {
			ActivationResponseCodec.encode(response, out);
		} else if (body instanceof KeyExchange exchange) {
			KeyExchangeCodec.encode(exchange, out);
		}
		// Heartbeat and TimeSync have an empty data unit.
	}

	/** Throws {@link IllegalArgumentException} unless {@code body} can be sent under {@code header}. */
	public static void check(FrameHeader header, Body body) {
		Revision revision = header.revision();
		Command command = header.command();
		if (header.response() == null || header.encryption() == null) {
			throw new IllegalArgumentException("the header needs a response flag and an encryption flag: " + header);
		}
		if (command != null && !command.definedIn(revision)) {
			throw new IllegalArgumentException(command + " does not exist in " + revision);
		}
		if (!header.response().definedIn(revision) || !header.encryption().definedIn(revision)) {
			throw new IllegalArgumentException("flags of the other revision in a " + revision + " header: " + header);
		}
		if (header.encryption().encrypted() && !(body instanceof OpaqueBody)) {
			throw new IllegalArgumentException("the codec does not encrypt: send the ciphertext as an OpaqueBody");
		}
		if (!BodyCommands.fits(body, command, header.isCommand())) {
			throw new IllegalArgumentException(body.getClass().getSimpleName() + " does not fit command "
					+ Notes.hex(header.commandCode()) + " with response flag " + header.response());
		}
	}
}
