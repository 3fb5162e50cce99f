package org.clearlot.gbt32960;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link Gbt32960Decoder#decode}: a frame, or what is wrong with the bytes. Never an exception. */
public sealed interface DecodeResult {

	/**
	 * A decoded frame.
	 *
	 * @param frame the frame
	 * @param notes what the decoder tolerated and skipped (unknown or duplicated information blocks, trailing bytes,
	 *              inconsistent alarm flags); empty for a clean frame
	 */
	record Decoded(Frame frame, List<String> notes) implements DecodeResult {
		public Decoded {
			Objects.requireNonNull(frame, "frame");
			notes = List.copyOf(notes);
		}
	}

	/**
	 * Bytes that are not a frame.
	 *
	 * @param error  the kind of problem
	 * @param detail a human-readable explanation
	 * @param offset the offset from the frame's first byte where the problem was found
	 * @param header the header, when the first 24 bytes could be read; use it to send an error reply with the same
	 *               revision, command and VIN ({@link Responses#reject}); {@code null} otherwise
	 */
	record Malformed(DecodeError error, String detail, int offset, FrameHeader header) implements DecodeResult {
		public Malformed {
			Objects.requireNonNull(error, "error");
			Objects.requireNonNull(detail, "detail");
		}
	}
}
