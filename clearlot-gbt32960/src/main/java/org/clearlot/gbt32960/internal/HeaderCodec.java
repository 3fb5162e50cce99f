package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Revision;

/** Reads and writes the 24-byte header; see {@link FrameHeader} for the layout. */
public final class HeaderCodec {

	private HeaderCodec() {
	}

	/** Reads a header from at least 24 bytes at {@code origin}; undefined flag bytes become {@code null}. */
	public static FrameHeader read(byte[] bytes, int origin, Revision revision) {
		return new FrameHeader(revision, bytes[origin + FrameLayout.COMMAND] & 0xFF,
				ResponseFlag.of(bytes[origin + FrameLayout.RESPONSE] & 0xFF),
				WireReader.ascii(bytes, origin + FrameLayout.VIN, FrameHeader.VIN_LENGTH),
				Encryption.of(bytes[origin + FrameLayout.ENCRYPTION] & 0xFF));
	}

	/** Writes the header with a zero length, to be patched at {@link FrameLayout#LENGTH}. */
	public static void write(FrameHeader header, WireWriter out) {
		int start = header.revision().startByte();
		out.u8(start).u8(start).u8(header.commandCode()).u8(header.response().code())
				.ascii(header.vin(), FrameHeader.VIN_LENGTH, "VIN").u8(header.encryption().code()).u16(0);
	}
}
