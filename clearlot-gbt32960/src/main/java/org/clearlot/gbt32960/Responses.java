package org.clearlot.gbt32960;

import java.time.LocalDateTime;

/**
 * Builds reply frames to a received header: same revision, command and VIN, no encryption. The data unit is the
 * 6-byte time, except for a heartbeat, whose reply unit is empty as the heartbeat's own. Characters of a decoded VIN
 * outside ASCII (bytes the decoder could not read) are sent as '?'.
 *
 * <pre>
 * request  23 23 01 FE "HAUV4BGN6S5002219" 01 00 36 ..          vehicle login
 * reply    23 23 01 01 "HAUV4BGN6S5002219" 01 00 06 19 0A 1B 14 02 02 36
 * </pre>
 */
public final class Responses {

	private static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();

	private Responses() {
	}

	/** A success reply (flag 01). */
	public static byte[] acknowledge(FrameHeader request, LocalDateTime time) {
		return reply(request, ResponseFlag.SUCCESS, time);
	}

	/**
	 * A failure reply, e.g. {@link ResponseFlag#ERROR} or {@link ResponseFlag#VIN_NOT_FOUND}. Flags that exist only
	 * in 2025 (04–07) are sent as {@link ResponseFlag#ERROR} in a 2016 reply.
	 *
	 * @throws IllegalArgumentException for {@link ResponseFlag#SUCCESS} and {@link ResponseFlag#COMMAND}
	 */
	public static byte[] reject(FrameHeader request, ResponseFlag flag, LocalDateTime time) {
		if (flag == ResponseFlag.SUCCESS || flag == ResponseFlag.COMMAND) {
			throw new IllegalArgumentException("not a failure flag: " + flag);
		}
		return reply(request, flag.definedIn(request.revision()) ? flag : ResponseFlag.ERROR, time);
	}

	private static byte[] reply(FrameHeader request, ResponseFlag flag, LocalDateTime time) {
		FrameHeader header = new FrameHeader(request.revision(), request.commandCode(), flag, asciiOnly(request.vin()),
				Encryption.NONE);
		Acknowledgement unit = request.command() == Command.HEARTBEAT ? Acknowledgement.empty()
				: Acknowledgement.at(time);
		return ENCODER.encode(new Frame(header, unit));
	}

	private static String asciiOnly(String vin) {
		StringBuilder ascii = new StringBuilder(vin.length());
		for (int i = 0; i < vin.length(); i++) {
			char c = vin.charAt(i);
			ascii.append(c > 0x7F ? '?' : c);
		}
		return ascii.toString();
	}
}
