package org.clearlot.gbt32960;

/** Why a frame could not be decoded; {@link DecodeResult.Malformed} adds a detail and the byte offset. */
public enum DecodeError {
	/** Fewer than the 25 bytes of an empty frame (header plus BCC). */
	TOO_SHORT,
	/** The first two bytes are not {@code ##} or {@code $$}. */
	BAD_START,
	/** The frame is longer than the decoder's maximum frame length. */
	TOO_LONG,
	/** The data-unit length in bytes 22–23 does not match the frame's length. */
	LENGTH_MISMATCH,
	/** The BCC (XOR of the command byte through the last data byte) does not match the last byte. */
	BAD_CHECKSUM,
	/** The command byte is undefined, or defined only in the other revision. */
	UNKNOWN_COMMAND,
	/** The data unit ends inside a field of a fixed layout (login, logout, time, activation, key exchange...). */
	TRUNCATED_BLOCK,
	/** A field holds a value the layout forbids (a response flag or encryption byte, a date such as month 13). */
	BAD_FIELD,
	/** The arguments do not describe a byte range ({@code null} array, offset or length outside it). */
	BAD_ARGUMENTS,
	/** A defect in the decoder itself; never expected, reported instead of throwing. */
	INTERNAL_ERROR
}
