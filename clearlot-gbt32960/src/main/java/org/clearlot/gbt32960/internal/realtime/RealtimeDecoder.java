package org.clearlot.gbt32960.internal.realtime;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.DecodeContext;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.SignatureCodec;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.realtime.Signature;

/**
 * Walks the information blocks of a realtime or reissue report. Tolerant by design, because the frame's BCC and
 * length already hold: a block that is unknown or ends past the data unit stops the walk with a note, except that
 * in 2025 the walk resumes at the signature when one ends the data unit; repeated blocks and bytes after the
 * signature are noted and dropped. Only a missing or impossible collection time fails the frame.
 */
public final class RealtimeDecoder {

	private static final int SIGNATURE_TYPE = 0xFF;

	private RealtimeDecoder() {
	}

	public static Realtime decode(DecodeContext ctx, boolean reissue) {
		WireReader in = ctx.in();
		Revision revision = ctx.revision();
		Notes notes = ctx.notes();
		int unitStart = in.offset();
		LocalDateTime time = ctx.time(reissue ? "reissue report" : "realtime report");
		if (time == null) {
			return null;
		}
		RealtimeParts parts = new RealtimeParts(revision, notes);
		while (in.remaining() > 0) {
			int at = in.offset();
			int type = in.u8();
			if (type == SIGNATURE_TYPE && revision == Revision.V2025) {
				parts.signature = signature(in, unitStart, at, notes);
				break;
			}
			if (type >= 0x80 && type < SIGNATURE_TYPE) {
				if (!parts.decodeCustom(type, in)) {
					skip(in, at, "custom block " + Notes.hex(type) + " is truncated", revision, notes);
				}
				continue;
			}
			BlockKind kind = BlockKind.of(type, revision);
			if (kind == null) {
				skip(in, at, "unknown information type " + Notes.hex(type), revision, notes);
			} else if (!parts.decode(kind, in, at)) {
				skip(in, at, kind.label + " block (type " + Notes.hex(type) + ") is truncated", revision, notes);
			}
		}
		if (revision == Revision.V2025 && parts.signature == null) {
			notes.add("no signature block (FF)");
		}
		return parts.toRealtime(time, reissue);
	}

	private static Signature signature(WireReader in, int unitStart, int at, Notes notes) {
		Signature signature = SignatureCodec.decode(in, unitStart, at - unitStart);
		if (signature == null) {
			notes.add("signature block at offset " + at + " is truncated: dropped");
		} else if (in.remaining() > 0) {
			notes.add(Notes.bytes(in.remaining()) + " after the signature block, from offset " + in.offset()
					+ ", skipped");
		}
		return signature;
	}

	/** Moves past an undecodable block: to the 2025 signature if one ends the data unit, else to the end. */
	private static void skip(WireReader in, int at, String problem, Revision revision, Notes notes) {
		int end = in.limitOffset();
		int resume = revision == Revision.V2025 ? findSignature(in, at + 1, end) : -1;
		int target = resume < 0 ? end : resume;
		notes.add(problem + " at offset " + at + ": " + Notes.bytes(target - at) + " skipped "
				+ (resume < 0 ? "to the end of the data unit" : "up to the signature"));
		in.seek(target);
	}

	private static int findSignature(WireReader in, int from, int end) {
		for (int p = from; p < end; p++) {
			if (in.byteAt(p) == SIGNATURE_TYPE && SignatureCodec.endsAt(in, p + 1, end)) {
				return p;
			}
		}
		return -1;
	}
}
