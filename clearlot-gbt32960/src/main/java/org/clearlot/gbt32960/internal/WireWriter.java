package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * A growable big-endian byte sink for encoding. A value that does not fit its field throws
 * {@link IllegalArgumentException} rather than being truncated.
 */
public final class WireWriter {

	private byte[] buf;
	private int pos;

	public WireWriter(int initialCapacity) {
		buf = new byte[Math.max(16, initialCapacity)];
	}

	public int position() {
		return pos;
	}

	public byte[] buffer() {
		return buf;
	}

	public byte[] toByteArray() {
		return Arrays.copyOf(buf, pos);
	}

	public WireWriter u8(int value) {
		if ((value & ~0xFF) != 0) {
			throw new IllegalArgumentException("not a BYTE value: " + value);
		}
		ensure(1);
		buf[pos++] = (byte) value;
		return this;
	}

	public WireWriter u16(int value) {
		if ((value & ~0xFFFF) != 0) {
			throw new IllegalArgumentException("not a WORD value: " + value);
		}
		ensure(2);
		buf[pos++] = (byte) (value >>> 8);
		buf[pos++] = (byte) value;
		return this;
	}

	public WireWriter u32(long value) {
		if ((value & ~0xFFFF_FFFFL) != 0) {
			throw new IllegalArgumentException("not a DWORD value: " + value);
		}
		ensure(4);
		buf[pos++] = (byte) (value >>> 24);
		buf[pos++] = (byte) (value >>> 16);
		buf[pos++] = (byte) (value >>> 8);
		buf[pos++] = (byte) value;
		return this;
	}

	public WireWriter bytes(byte[] value) {
		ensure(value.length);
		System.arraycopy(value, 0, buf, pos, value.length);
		pos += value.length;
		return this;
	}

	/** A WORD length prefix followed by the bytes. */
	public WireWriter lengthPrefixed(byte[] value, String field) {
		return u16(count(value.length, 0xFFFF, field)).bytes(value);
	}

	/** Text as {@code length} ASCII bytes, padded with 00. */
	public WireWriter ascii(String text, int length, String field) {
		if (text.length() > length) {
			throw new IllegalArgumentException(field + " is longer than " + length + " characters: " + text);
		}
		ensure(length);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0x7F) {
				throw new IllegalArgumentException(field + " must be ASCII: " + text);
			}
			buf[pos + i] = (byte) c;
		}
		Arrays.fill(buf, pos + text.length(), pos + length, (byte) 0);
		pos += length;
		return this;
	}

	/** The 6-byte time YY MM DD hh mm ss, years 2000–2255. */
	public WireWriter time(LocalDateTime time) {
		int year = time.getYear() - 2000;
		if (year < 0 || year > 0xFF) {
			throw new IllegalArgumentException("the wire time covers the years 2000..2255: " + time);
		}
		return u8(year).u8(time.getMonthValue()).u8(time.getDayOfMonth()).u8(time.getHour()).u8(time.getMinute())
				.u8(time.getSecond());
	}

	/** Overwrites a WORD written earlier. */
	public void setU16(int at, int value) {
		buf[at] = (byte) (value >>> 8);
		buf[at + 1] = (byte) value;
	}

	/** Checks a list size against the largest count its prefix can hold. */
	public static int count(int size, int max, String field) {
		if (size > max) {
			throw new IllegalArgumentException(field + ": at most " + max + " entries, got " + size);
		}
		return size;
	}

	private void ensure(int n) {
		if (pos + n > buf.length) {
			buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
		}
	}
}
