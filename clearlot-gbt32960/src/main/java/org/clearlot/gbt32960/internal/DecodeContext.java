package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.DecodeError;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Revision;

/** The state of one data-unit decode: the reader, the header, the notes, and the failure if there is one. */
public final class DecodeContext {

	private final WireReader in;
	private final FrameHeader header;
	private final Notes notes = new Notes();
	private DecodeError error;
	private String detail;
	private int errorOffset;

	public DecodeContext(WireReader in, FrameHeader header) {
		this.in = in;
		this.header = header;
	}

	public WireReader in() {
		return in;
	}

	public FrameHeader header() {
		return header;
	}

	public Revision revision() {
		return header.revision();
	}

	public Notes notes() {
		return notes;
	}

	/** Records a failure; returns {@code null} so that codecs can {@code return ctx.fail(...)}. */
	public <T> T fail(DecodeError kind, String why, int offset) {
		error = kind;
		detail = why;
		errorOffset = offset;
		return null;
	}

	/** Records that {@code what} needs {@code needed} bytes at the current position. */
	public <T> T truncated(String what, long needed) {
		return fail(DecodeError.TRUNCATED_BLOCK, what + " needs " + needed + " bytes at offset " + in.offset()
				+ " but the data unit has " + in.remaining() + " left", in.offset());
	}

	/** Reads a 6-byte time, or records why it cannot and returns {@code null}. */
	public LocalDateTime time(String what) {
		int at = in.offset();
		if (!in.has(6)) {
			return truncated("the time of the " + what, 6);
		}
		LocalDateTime time = in.time();
		if (time == null) {
			return fail(DecodeError.BAD_FIELD, "the time of the " + what + " at offset " + at + " is not a date: "
					+ (2000 + in.byteAt(at)) + "-" + in.byteAt(at + 1) + "-" + in.byteAt(at + 2) + " "
					+ in.byteAt(at + 3) + ":" + in.byteAt(at + 4) + ":" + in.byteAt(at + 5), at);
		}
		return time;
	}

	/** Notes bytes left after a fixed-layout body. */
	public void noteTrailing(String what) {
		if (in.remaining() > 0) {
			notes.add(Notes.bytes(in.remaining()) + " after the " + what + " at offset " + in.offset() + " ignored");
		}
	}

	public DecodeError error() {
		return error;
	}

	public String detail() {
		return detail;
	}

	public int errorOffset() {
		return errorOffset;
	}
}
