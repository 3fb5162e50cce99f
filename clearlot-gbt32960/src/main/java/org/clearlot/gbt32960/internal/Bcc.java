package org.clearlot.gbt32960.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** The frame check byte: XOR of every byte from the command byte to the byte before the BCC, eight at a time. */
public final class Bcc {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

	private Bcc() {
	}

	/** XOR of {@code bytes[from..to)}. */
	public static int of(byte[] bytes, int from, int to) {
		long wide = 0;
		int i = from;
		for (; i + 8 <= to; i += 8) {
			wide ^= (long) LONGS.get(bytes, i);
		}
		wide ^= wide >>> 32;
		wide ^= wide >>> 16;
		wide ^= wide >>> 8;
		int bcc = (int) wide & 0xFF;
		for (; i < to; i++) {
			bcc ^= bytes[i];
		}
		return bcc & 0xFF;
	}
}
