package org.clearlot.simulator.gbt;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Responses;

/**
 * A frame from the server, reduced to what the client needs: which command and VIN it answers, whether it is a
 * success, and for an activation response (a command frame of its own) whether the chip is now active.
 */
record Reply(Command command, String vin, ResponseFlag flag, FrameHeader header, ActivationResponse activationResponse) {

	/**
	 * The reply in a decoded frame, or null for anything else: malformed frames, commands the client ignores, and
	 * answers to the client's own acknowledgements.
	 */
	static Reply of(DecodeResult result) {
		if (!(result instanceof DecodeResult.Decoded decoded)) {
			return null;
		}
		FrameHeader header = decoded.frame().header();
		Command command = header.command();
		if (command == null) {
			return null;
		}
		ActivationResponse activation = decoded.frame().body() instanceof ActivationResponse a ? a : null;
		if (header.isCommand() != (activation != null)) {
			return null;
		}
		return new Reply(command, header.vin(), header.response(), header, activation);
	}

	boolean success() {
		return flag == ResponseFlag.SUCCESS;
	}

	/** An activation response that says the chip is active (newly, or already for this VIN). */
	boolean activated() {
		return activationResponse != null && (activationResponse.activated()
				|| activationResponse.info() == ActivationResponse.Info.DUPLICATE_VIN);
	}

	/** The terminal's acknowledgement of a command frame from the server. */
	byte[] acknowledgement() {
		return Responses.acknowledge(header, LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0));
	}
}
