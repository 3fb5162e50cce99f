package org.clearlot.gbt32960;

import java.util.Objects;

/**
 * The 24 bytes in front of every data unit. Big-endian; the VIN is 17 ASCII bytes (a platform id on platform
 * login), shorter ids padded with 00 bytes, which decoding strips.
 *
 * <pre>
 * offset  0  2  3  4                                                   21  22     24
 *         23 23 02 FE 48 41 55 56 34 42 47 4E 36 53 35 30 30 32 32 31 39 01  00 1B  ...
 *         ##    |  |  H  A  U  V  4  B  G  N  6  S  5  0  0  2  2  1  9  |   data-unit length 27
 *               |  response flag FE (command)                             encryption 01 (none)
 *               command 02 (realtime)
 * </pre>
 *
 * @param revision    2016 or 2025, from the start bytes
 * @param commandCode the command byte; {@link #command()} names it
 * @param response    the response flag; {@code null} only in a {@link DecodeResult.Malformed} whose byte was undefined
 * @param vin         the VIN or platform id, never {@code null}
 * @param encryption  the encryption flag; {@code null} only in a {@link DecodeResult.Malformed} whose byte was undefined
 */
public record FrameHeader(Revision revision, int commandCode, ResponseFlag response, String vin, Encryption encryption) {

	/** Length of a VIN on the wire. */
	public static final int VIN_LENGTH = 17;

	public FrameHeader {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(vin, "vin");
		if (commandCode < 0 || commandCode > 0xFF) {
			throw new IllegalArgumentException("command code must be a byte: " + commandCode);
		}
	}

	/** A command header: response flag {@link ResponseFlag#COMMAND}, no encryption. */
	public static FrameHeader command(Revision revision, Command command, String vin) {
		return new FrameHeader(revision, command.code(), ResponseFlag.COMMAND, vin, Encryption.NONE);
	}

	/** The command, or {@code null} if the code is not one the standard defines. */
	public Command command() {
		return Command.of(commandCode);
	}

	/** Whether this frame is a command rather than a reply. */
	public boolean isCommand() {
		return response == ResponseFlag.COMMAND;
	}

	/** A copy with another response flag, for replies. */
	public FrameHeader withResponse(ResponseFlag flag) {
		return new FrameHeader(revision, commandCode, flag, vin, encryption);
	}
}
