package org.clearlot.gbt32960;

import java.nio.ByteBuffer;
import org.clearlot.gbt32960.internal.FrameLayout;

/**
 * Finds frame boundaries in a TCP byte stream, for a server's framing stage: it reads the start bytes and the
 * data-unit length and says how long the frame is, without decoding or checking the BCC. Besides the start bytes it
 * rejects, as garbage, a candidate whose response flag (byte 3) or encryption flag (byte 21) is undefined, so that
 * "##" inside noise is not taken for a frame. It never reads past {@code available} bytes.
 *
 * <pre>{@code
 * FrameBoundary.Boundary b = FrameBoundary.inspect(buf, start, buffered, 16 * 1024);
 * switch (b.kind()) {
 *     case FRAME -> decode(buf, start, b.bytes());   // then consume b.bytes()
 *     case NEED_MORE -> readAtLeast(b.bytes());
 *     case GARBAGE -> skip(b.bytes());
 *     case TOO_LONG -> closeOrSkip(2);              // b.bytes() is the declared frame length
 * }
 * }</pre>
 */
public final class FrameBoundary {

	/**
	 * What the buffered bytes hold.
	 *
	 * @param kind  the verdict
	 * @param bytes NEED_MORE: how many more bytes are needed at least; FRAME: the frame's total length; GARBAGE: how
	 *              many bytes to skip to reach the next possible start; TOO_LONG: the declared total length
	 */
	public record Boundary(Kind kind, int bytes) {
		public enum Kind {
			NEED_MORE, FRAME, GARBAGE, TOO_LONG
		}
	}

	private FrameBoundary() {
	}

	/**
	 * Inspects {@code available} buffered bytes from {@code offset}.
	 *
	 * @throws IllegalArgumentException if the range lies outside {@code buf} or the maximum is not 25..65560
	 */
	public static Boundary inspect(byte[] buf, int offset, int available, int maxFrameLength) {
		if (offset < 0 || available < 0 || offset > buf.length - available) {
			throw new IllegalArgumentException("range outside the buffer: " + offset + "+" + available);
		}
		return inspect(ByteBuffer.wrap(buf), offset, available, maxFrameLength);
	}

	/** Inspects the bytes from the buffer's position to its limit, without moving the position. */
	public static Boundary inspect(ByteBuffer buf, int maxFrameLength) {
		return inspect(buf, buf.position(), buf.remaining(), maxFrameLength);
	}

	private static Boundary inspect(ByteBuffer buf, int start, int available, int maxFrameLength) {
		if (maxFrameLength < FrameLayout.MIN_FRAME_LENGTH || maxFrameLength > FrameLayout.MAX_FRAME_LENGTH) {
			throw new IllegalArgumentException("maximum frame length out of range: " + maxFrameLength);
		}
		if (available == 0) {
			return new Boundary(Boundary.Kind.NEED_MORE, 1);
		}
		int first = buf.get(start) & 0xFF;
		if (Revision.ofStartByte(first) == null) {
			return garbage(buf, start, available);
		}
		if (available < 2) {
			return new Boundary(Boundary.Kind.NEED_MORE, 1);
		}
		if ((buf.get(start + 1) & 0xFF) != first || undefinedFlags(buf, start, available)) {
			return garbage(buf, start, available);
		}
		if (available < FrameLayout.DATA) {
			return new Boundary(Boundary.Kind.NEED_MORE, FrameLayout.DATA - available);
		}
		int total = ((buf.get(start + FrameLayout.LENGTH) & 0xFF) << 8 | buf.get(start + FrameLayout.LENGTH + 1) & 0xFF)
				+ FrameLayout.MIN_FRAME_LENGTH;
		if (total > maxFrameLength) {
			return new Boundary(Boundary.Kind.TOO_LONG, total);
		}
		return available < total ? new Boundary(Boundary.Kind.NEED_MORE, total - available)
				: new Boundary(Boundary.Kind.FRAME, total);
	}

	private static boolean undefinedFlags(ByteBuffer buf, int start, int available) {
		return available > FrameLayout.RESPONSE && ResponseFlag.of(buf.get(start + FrameLayout.RESPONSE) & 0xFF) == null
				|| available > FrameLayout.ENCRYPTION
						&& Encryption.of(buf.get(start + FrameLayout.ENCRYPTION) & 0xFF) == null;
	}

	/** Skips to the next {@code ##} or {@code $$}, or to a lone last byte that may begin one. */
	private static Boundary garbage(ByteBuffer buf, int start, int available) {
		int end = start + available;
		for (int i = start + 1; i < end; i++) {
			int b = buf.get(i) & 0xFF;
			if (Revision.ofStartByte(b) != null && (i + 1 == end || (buf.get(i + 1) & 0xFF) == b)) {
				return new Boundary(Boundary.Kind.GARBAGE, i - start);
			}
		}
		return new Boundary(Boundary.Kind.GARBAGE, available);
	}
}
