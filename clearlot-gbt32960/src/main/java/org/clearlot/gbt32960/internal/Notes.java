package org.clearlot.gbt32960.internal;

import java.util.ArrayList;
import java.util.List;

/** What a decode tolerated; allocates nothing until the first note. */
public final class Notes {

	private List<String> notes;

	public void add(String note) {
		if (notes == null) {
			notes = new ArrayList<>(2);
		}
		notes.add(note);
	}

	public List<String> toList() {
		return notes == null ? List.of() : List.copyOf(notes);
	}

	/** "1 byte", "2 bytes", for messages. */
	public static String bytes(int count) {
		return count == 1 ? "1 byte" : count + " bytes";
	}

	/** Two-digit hex of a byte, for messages. */
	public static String hex(int value) {
		return value < 0x10 ? "0" + Integer.toHexString(value).toUpperCase() : Integer.toHexString(value).toUpperCase();
	}
}
