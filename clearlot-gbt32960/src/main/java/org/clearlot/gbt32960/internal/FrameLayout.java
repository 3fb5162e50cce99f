package org.clearlot.gbt32960.internal;

/** Offsets and sizes of the frame envelope, counted from the first start byte. */
public final class FrameLayout {

	/** Command byte. */
	public static final int COMMAND = 2;
	/** Response flag. */
	public static final int RESPONSE = 3;
	/** First VIN byte. */
	public static final int VIN = 4;
	/** Encryption flag. */
	public static final int ENCRYPTION = 21;
	/** Data-unit length WORD. */
	public static final int LENGTH = 22;
	/** First data-unit byte; also the header length. */
	public static final int DATA = 24;
	/** An empty frame: header and BCC. */
	public static final int MIN_FRAME_LENGTH = DATA + 1;
	/** The largest frame the length WORD allows. */
	public static final int MAX_FRAME_LENGTH = DATA + 0xFFFF + 1;

	private FrameLayout() {
	}
}
