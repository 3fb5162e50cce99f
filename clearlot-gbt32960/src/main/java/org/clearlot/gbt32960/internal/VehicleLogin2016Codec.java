package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearlot.gbt32960.VehicleLogin;

/** The 2016 vehicle login: one code of a common length per subsystem; see {@link VehicleLogin}. */
public final class VehicleLogin2016Codec {

	private VehicleLogin2016Codec() {
	}

	public static VehicleLogin decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		LocalDateTime time = ctx.time("vehicle login");
		if (time == null) {
			return null;
		}
		if (!in.has(2 + VehicleLogin.ICCID_LENGTH + 2)) {
			return ctx.truncated("the vehicle login", 2 + VehicleLogin.ICCID_LENGTH + 2);
		}
		int serial = in.u16();
		String iccid = in.ascii(VehicleLogin.ICCID_LENGTH);
		int subsystems = in.u8();
		int codeLength = in.u8();
		if (!in.has((long) subsystems * codeLength)) {
			long needed = (long) subsystems * codeLength;
			return ctx.truncated(subsystems + " subsystem codes of " + codeLength + " bytes", needed);
		}
		List<List<String>> codes = new ArrayList<>(subsystems);
		for (int i = 0; i < subsystems; i++) {
			codes.add(List.of(in.ascii(codeLength)));
		}
		ctx.noteTrailing("vehicle login");
		return new VehicleLogin(time, serial, iccid, codes);
	}

	public static void encode(VehicleLogin login, WireWriter out) {
		int codeLength = 0;
		for (List<String> system : login.packCodes()) {
			if (system.size() != 1) {
				throw new IllegalArgumentException("a 2016 login carries exactly one code per subsystem: " + system);
			}
			codeLength = Math.max(codeLength, system.get(0).length());
		}
		out.time(login.time()).u16(login.serial()).ascii(login.iccid(), VehicleLogin.ICCID_LENGTH, "ICCID")
				.u8(WireWriter.count(login.packCodes().size(), 0xFF, "subsystems"))
				.u8(WireWriter.count(codeLength, 0xFF, "code length"));
		for (List<String> system : login.packCodes()) {
			out.ascii(system.get(0), codeLength, "subsystem code");
		}
	}
}
