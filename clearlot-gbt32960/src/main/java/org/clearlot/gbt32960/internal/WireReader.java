package org.clearlot.gbt32960.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;

/**
 * A big-endian cursor over one frame. Reads do not check bounds: callers test {@link #has(int)} first, so that a
 * short field becomes a decode result instead of an exception. Offsets are counted from the frame's first byte.
 */
public final class WireReader {

	private final byte[] buf;
	private final int origin;
	private final int limit;
	private int pos;

	/**
	 * @param buf    the bytes
	 * @param origin index of the frame's first byte
	 * @param start  index of the first byte to read
	 * @param limit  index one past the last readable byte
	 */
	public WireReader(byte[] buf, int origin, int start, int limit) {
		this.buf = buf;
		this.origin = origin;
		this.pos = start;
		this.limit = limit;
	}

	/** The current position, from the frame's first byte. */
	public int offset() {
		return pos - origin;
	}

	/** The limit, from the frame's first byte. */
	public int limitOffset() {
		return limit - origin;
	}

	public int remaining() {
		return limit - pos;
	}

	/** Whether {@code n} more bytes can be read. */
	public boolean has(long n) {
		return n >= 0 && n <= limit - pos;
	}

	/** Moves to a position counted from the frame's first byte, within the readable range. */
	public void seek(int offset) {
		pos = origin + offset;
	}

	public void skip(int n) {
		pos += n;
	}

	/** The byte at a frame offset, without moving. */
	public int byteAt(int offset) {
		return buf[origin + offset] & 0xFF;
	}

	public int u8() {
		return buf[pos++] & 0xFF;
	}

	public int u16() {
		int value = (buf[pos] & 0xFF) << 8 | buf[pos + 1] & 0xFF;
		pos += 2;
		return value;
	}

	public long u32() {
		return i32() & 0xFFFF_FFFFL;
	}

	public int i32() {
		int value = (buf[pos] & 0xFF) << 24 | (buf[pos + 1] & 0xFF) << 16 | (buf[pos + 2] & 0xFF) << 8
				| buf[pos + 3] & 0xFF;
		pos += 4;
		return value;
	}

	public byte[] bytes(int n) {
		byte[] copy = Arrays.copyOfRange(buf, pos, pos + n);
		pos += n;
		return copy;
	}

	/** {@code n} WORDs. */
	public int[] u16s(int n) {
		int[] values = new int[n];
		for (int i = 0; i < n; i++) {
			values[i] = (buf[pos] & 0xFF) << 8 | buf[pos + 1] & 0xFF;
			pos += 2;
		}
		return values;
	}

	/** {@code n} DWORDs as signed ints (fault codes). */
	public int[] i32s(int n) {
		int[] values = new int[n];
		for (int i = 0; i < n; i++) {
			values[i] = i32();
		}
		return values;
	}

	/** {@code n} bytes of ASCII text, trailing 00 padding removed; other non-ASCII bytes become U+FFFD. */
	public String ascii(int n) {
		String text = ascii(buf, pos, n);
		pos += n;
		return text;
	}

	/** {@code n} bytes of ASCII text at {@code from}, as {@link #ascii(int)} reads them. */
	public static String ascii(byte[] bytes, int from, int n) {
		int end = from + n;
		while (end > from && bytes[end - 1] == 0) {
			end--;
		}
		return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
	}

	/** The 6-byte time YY MM DD hh mm ss (2000 + YY, plain binary), or {@code null} if it is not a date. */
	public LocalDateTime time() {
		int year = 2000 + u8(), month = u8(), day = u8(), hour = u8(), minute = u8(), second = u8();
		if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year)) || hour > 23
				|| minute > 59 || second > 59) {
			return null;
		}
		return LocalDateTime.of(year, month, day, hour, minute, second);
	}
}
