package org.clearlot.gbt32960;

/**
 * The two revisions of GB/T 32960.3 in the field, told apart by the two start bytes of every frame.
 *
 * <pre>
 * 23 23 ...   "##"  GB/T 32960.3-2016
 * 24 24 ...   "$$"  GB/T 32960.3-2025 (in force since 2025-11-01)
 * </pre>
 */
public enum Revision {
	/** GB/T 32960.3-2016, frames start with {@code ##}. */
	V2016(0x23),
	/** GB/T 32960.3-2025, frames start with {@code $$}. */
	V2025(0x24);

	private final int startByte;

	Revision(int startByte) {
		this.startByte = startByte;
	}

	/** The start byte, written twice at the beginning of each frame. */
	public int startByte() {
		return startByte;
	}

	/** The revision whose start byte is {@code value}, or {@code null} if none. */
	public static Revision ofStartByte(int value) {
		return switch (value) {
			case 0x23 -> V2016;
			case 0x24 -> V2025;
			default -> null;
		};
	}
}
