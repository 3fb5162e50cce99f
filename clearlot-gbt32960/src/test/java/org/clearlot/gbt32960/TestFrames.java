package org.clearlot.gbt32960;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Hand-built frames for the cases the public samples miss: raw bytes with a correct length and BCC. */
public final class TestFrames {

	public static final String VIN = "LSVAU2A37K2100001";
	public static final LocalDateTime TIME = LocalDateTime.of(2025, 11, 3, 8, 30, 15);

	private TestFrames() {
	}

	/** A frame around {@code unit}, no encryption. */
	public static byte[] frame(Revision revision, int command, int response, byte[] unit) {
		return frame(revision, command, response, 0x01, unit);
	}

	public static byte[] frame(Revision revision, int command, int response, int encryption, byte[] unit) {
		byte[] frame = new byte[25 + unit.length];
		frame[0] = frame[1] = (byte) revision.startByte();
		frame[2] = (byte) command;
		frame[3] = (byte) response;
		System.arraycopy(VIN.getBytes(StandardCharsets.US_ASCII), 0, frame, 4, 17);
		frame[21] = (byte) encryption;
		frame[22] = (byte) (unit.length >>> 8);
		frame[23] = (byte) unit.length;
		System.arraycopy(unit, 0, frame, 24, unit.length);
		return withBcc(frame);
	}

	/** A realtime command frame whose unit is the sample time followed by {@code blocks}. */
	public static byte[] realtime(Revision revision, byte[] blocks) {
		return frame(revision, 0x02, 0xFE, concat(time(TIME), blocks));
	}

	/** Recomputes the BCC of {@code frame} in place. */
	public static byte[] withBcc(byte[] frame) {
		int bcc = 0;
		for (int i = 2; i < frame.length - 1; i++) {
			bcc ^= frame[i];
		}
		frame[frame.length - 1] = (byte) bcc;
		return frame;
	}

	public static byte[] time(LocalDateTime t) {
		return new byte[] {(byte) (t.getYear() - 2000), (byte) t.getMonthValue(), (byte) t.getDayOfMonth(),
				(byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond()};
	}

	public static byte[] concat(byte[]... parts) {
		byte[] all = new byte[0];
		for (byte[] part : parts) {
			int at = all.length;
			all = Arrays.copyOf(all, at + part.length);
			System.arraycopy(part, 0, all, at, part.length);
		}
		return all;
	}
}
