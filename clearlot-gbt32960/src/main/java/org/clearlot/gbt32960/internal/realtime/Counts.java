package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;

/** List counts in front of repeated entries; a sentinel count (FE/FF, FFFE/FFFF) is read as "no entries". */
final class Counts {

	private Counts() {
	}

	/** A BYTE count, or −1 if the data unit ends first. */
	static int byteCount(WireReader in, Notes notes, String what) {
		if (!in.has(1)) {
			return -1;
		}
		int count = in.u8();
		if (count >= 0xFE) {
			notes.add(what + " count " + Notes.hex(count) + " at offset " + (in.offset() - 1) + " is a sentinel: "
					+ "read as none");
			return 0;
		}
		return count;
	}

	/** A WORD count, or −1 if the data unit ends first. */
	static int wordCount(WireReader in, Notes notes, String what) {
		if (!in.has(2)) {
			return -1;
		}
		int count = in.u16();
		if (count >= 0xFFFE) {
			notes.add(what + " count " + Integer.toHexString(count).toUpperCase() + " at offset " + (in.offset() - 2)
					+ " is a sentinel: read as none");
			return 0;
		}
		return count;
	}
}
