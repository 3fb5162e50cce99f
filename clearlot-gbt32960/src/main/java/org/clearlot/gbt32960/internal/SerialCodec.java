package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.PlatformLogout;
import org.clearlot.gbt32960.VehicleLogout;

/** The two logouts, both a time and a serial WORD; see {@link VehicleLogout}. */
public final class SerialCodec {

	private SerialCodec() {
	}

	public static VehicleLogout decodeVehicleLogout(DecodeContext ctx) {
		LocalDateTime time = ctx.time("vehicle logout");
		int serial = time == null ? -1 : serial(ctx, "vehicle logout");
		return serial < 0 ? null : new VehicleLogout(time, serial);
	}

	public static PlatformLogout decodePlatformLogout(DecodeContext ctx) {
		LocalDateTime time = ctx.time("platform logout");
		int serial = time == null ? -1 : serial(ctx, "platform logout");
		return serial < 0 ? null : new PlatformLogout(time, serial);
	}

	public static void encode(LocalDateTime time, int serial, WireWriter out) {
		out.time(time).u16(serial);
	}

	private static int serial(DecodeContext ctx, String what) {
		if (!ctx.in().has(2)) {
			ctx.truncated("the serial of the " + what, 2);
			return -1;
		}
		int serial = ctx.in().u16();
		ctx.noteTrailing(what);
		return serial;
	}
}
