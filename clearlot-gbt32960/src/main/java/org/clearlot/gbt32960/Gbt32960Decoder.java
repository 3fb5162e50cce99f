package org.clearlot.gbt32960;

import java.nio.ByteBuffer;
import org.clearlot.gbt32960.DecodeResult.Decoded;
import org.clearlot.gbt32960.DecodeResult.Malformed;
import org.clearlot.gbt32960.internal.Bcc;
import org.clearlot.gbt32960.internal.BodyDecoder;
import org.clearlot.gbt32960.internal.DecodeContext;
import org.clearlot.gbt32960.internal.FrameLayout;
import org.clearlot.gbt32960.internal.HeaderCodec;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;

/**
 * Decodes exactly one frame of either revision. Checks, in order: at least 25 bytes, the start bytes, the maximum
 * frame length, the data-unit length against the frame's length, the BCC, the response and encryption flags and the
 * command; then decodes the data unit. Every outcome is a {@link DecodeResult}: no exception escapes for any input.
 * Thread-safe and stateless apart from its maximum length.
 *
 * <pre>{@code
 * DecodeResult result = new Gbt32960Decoder().decode(frame, 0, frame.length);
 * if (result instanceof DecodeResult.Decoded decoded && decoded.frame().body() instanceof Realtime report) { ... }
 * }</pre>
 */
public final class Gbt32960Decoder {

	/** The default maximum frame length, 16 KiB. */
	public static final int DEFAULT_MAX_FRAME_LENGTH = 16 * 1024;
	/** The largest frame the standard allows: header, 65535 data bytes, BCC. */
	public static final int ABSOLUTE_MAX_FRAME_LENGTH = FrameLayout.MAX_FRAME_LENGTH;

	private final int maxFrameLength;

	public Gbt32960Decoder() {
		this(DEFAULT_MAX_FRAME_LENGTH);
	}

	/** @param maxFrameLength the longest frame accepted, 25 to {@link #ABSOLUTE_MAX_FRAME_LENGTH} */
	public Gbt32960Decoder(int maxFrameLength) {
		if (maxFrameLength < FrameLayout.MIN_FRAME_LENGTH || maxFrameLength > ABSOLUTE_MAX_FRAME_LENGTH) {
			throw new IllegalArgumentException("the maximum frame length must be " + FrameLayout.MIN_FRAME_LENGTH
					+ ".." + ABSOLUTE_MAX_FRAME_LENGTH + ": " + maxFrameLength);
		}
		this.maxFrameLength = maxFrameLength;
	}

	public int maxFrameLength() {
		return maxFrameLength;
	}

	/** Decodes {@code bytes}, which must be exactly one frame. */
	public DecodeResult decode(byte[] bytes) {
		return bytes == null ? badArguments() : decode(bytes, 0, bytes.length);
	}

	/** Decodes {@code length} bytes from {@code offset}, which must be exactly one frame; the array is not changed. */
	public DecodeResult decode(byte[] bytes, int offset, int length) {
		if (bytes == null || offset < 0 || length < 0 || offset > bytes.length - length) {
			return badArguments();
		}
		try {
			return decodeFrame(bytes, offset, length);
		} catch (RuntimeException defect) {
			return new Malformed(DecodeError.INTERNAL_ERROR, "decoder defect: " + defect, 0, null);
		}
	}

	/**
	 * Decodes the bytes from the buffer's position to its limit, which must be exactly one frame; the position is
	 * not moved. Heap buffers are read in place, direct buffers copied.
	 */
	public DecodeResult decode(ByteBuffer frame) {
		if (frame == null) {
			return badArguments();
		}
		if (frame.hasArray()) {
			return decode(frame.array(), frame.arrayOffset() + frame.position(), frame.remaining());
		}
		byte[] copy = new byte[frame.remaining()];
		frame.duplicate().get(copy);
		return decode(copy, 0, copy.length);
	}

	private DecodeResult decodeFrame(byte[] bytes, int origin, int length) {
		Revision revision = length > 0 ? Revision.ofStartByte(bytes[origin] & 0xFF) : null;
		boolean started = revision != null && length > 1 && (bytes[origin + 1] & 0xFF) == revision.startByte();
		FrameHeader header = started && length >= FrameLayout.DATA ? HeaderCodec.read(bytes, origin, revision) : null;
		if (length < FrameLayout.MIN_FRAME_LENGTH) {
			return new Malformed(DecodeError.TOO_SHORT, length + " bytes; a frame has at least "
					+ FrameLayout.MIN_FRAME_LENGTH, length, header);
		}
		if (!started) {
			int at = revision == null ? 0 : 1;
			return new Malformed(DecodeError.BAD_START, "start bytes " + Notes.hex(bytes[origin] & 0xFF) + " "
					+ Notes.hex(bytes[origin + 1] & 0xFF) + " are neither ## nor $$", at, null);
		}
		if (length > maxFrameLength) {
			return new Malformed(DecodeError.TOO_LONG, length + " bytes exceed the maximum of " + maxFrameLength,
					FrameLayout.LENGTH, header);
		}
		int declared = (bytes[origin + FrameLayout.LENGTH] & 0xFF) << 8 | bytes[origin + FrameLayout.LENGTH + 1] & 0xFF;
		if (declared + FrameLayout.MIN_FRAME_LENGTH != length) {
			return new Malformed(DecodeError.LENGTH_MISMATCH, "the data unit is declared as " + declared
					+ " bytes, so the frame should have " + (declared + FrameLayout.MIN_FRAME_LENGTH) + ", but it has "
					+ length, FrameLayout.LENGTH, header);
		}
		int end = origin + length - 1;
		int bcc = Bcc.of(bytes, origin + FrameLayout.COMMAND, end);
		if (bcc != (bytes[end] & 0xFF)) {
			return new Malformed(DecodeError.BAD_CHECKSUM, "BCC is " + Notes.hex(bytes[end] & 0xFF) + " but the bytes "
					+ "give " + Notes.hex(bcc), length - 1, header);
		}
		return decodeChecked(bytes, origin, end, header);
	}

	private static DecodeResult decodeChecked(byte[] bytes, int origin, int end, FrameHeader header) {
		Revision revision = header.revision();
		if (header.response() == null) {
			return new Malformed(DecodeError.BAD_FIELD, "response flag " + Notes.hex(bytes[origin
					+ FrameLayout.RESPONSE] & 0xFF) + " is not a defined value", FrameLayout.RESPONSE, header);
		}
		if (header.encryption() == null) {
			return new Malformed(DecodeError.BAD_FIELD, "encryption flag " + Notes.hex(bytes[origin
					+ FrameLayout.ENCRYPTION] & 0xFF) + " is not a defined value", FrameLayout.ENCRYPTION, header);
		}
		Command command = header.command();
		if (command == null || !command.definedIn(revision)) {
			return new Malformed(DecodeError.UNKNOWN_COMMAND, "command " + Notes.hex(header.commandCode())
					+ " is not defined in " + revision, FrameLayout.COMMAND, header);
		}
		DecodeContext ctx = new DecodeContext(new WireReader(bytes, origin, origin + FrameLayout.DATA, end), header);
		if (!header.response().definedIn(revision) || !header.encryption().definedIn(revision)) {
			ctx.notes().add("flag of the 2025 revision in a 2016 frame: response " + header.response()
					+ ", encryption " + header.encryption());
		}
		Body body = BodyDecoder.decode(ctx, command);
		if (body == null) {
			return new Malformed(ctx.error(), ctx.detail(), ctx.errorOffset(), header);
		}
		return new Decoded(new Frame(header, body), ctx.notes().toList());
	}

	private static Malformed badArguments() {
		return new Malformed(DecodeError.BAD_ARGUMENTS, "no byte range: null buffer, or offset and length outside it",
				0, null);
	}
}
