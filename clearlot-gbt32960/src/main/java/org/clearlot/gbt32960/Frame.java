package org.clearlot.gbt32960;

import java.util.Objects;
import org.clearlot.gbt32960.internal.BodyCommands;

/**
 * One decoded frame: its header and its data unit.
 *
 * @param header the 24 header bytes
 * @param body   the data unit; its type follows the command and response flag
 */
public record Frame(FrameHeader header, Body body) {

	public Frame {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(body, "body");
	}

	/**
	 * A command frame for {@code body}, the command chosen from the body type (a {@link Realtime} with
	 * {@code reissue} set becomes {@link Command#REISSUE}), no encryption.
	 *
	 * @throws IllegalArgumentException for an {@link Acknowledgement} or {@link OpaqueBody}, which fit any command
	 */
	public static Frame of(Revision revision, String vin, Body body) {
		return new Frame(FrameHeader.command(revision, BodyCommands.commandFor(body), vin), body);
	}
}
