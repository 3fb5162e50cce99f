package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearlot.gbt32960.VehicleLogin;

/**
 * The 2025 vehicle login: battery management systems, each with its 24-character pack codes; see
 * {@link VehicleLogin}.
 */
public final class VehicleLogin2025Codec {

	/** Length of a GB/T 34014 pack code. */
	public static final int PACK_CODE_LENGTH = 24;

	private VehicleLogin2025Codec() {
	}

	public static VehicleLogin decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		LocalDateTime time = ctx.time("vehicle login");
		if (time == null) {
			return null;
		}
		if (!in.has(2 + VehicleLogin.ICCID_LENGTH + 1)) {
			return ctx.truncated("the vehicle login", 2 + VehicleLogin.ICCID_LENGTH + 1);
		}
		int serial = in.u16();
		String iccid = in.ascii(VehicleLogin.ICCID_LENGTH);
		int systems = in.u8();
		if (!in.has(systems)) {
			return ctx.truncated("the pack counts of " + systems + " battery management systems", systems);
		}
		int[] packs = new int[systems];
		long total = 0;
		for (int i = 0; i < systems; i++) {
			packs[i] = in.u8();
			total += packs[i];
		}
		if (!in.has(total * PACK_CODE_LENGTH)) {
			return ctx.truncated(total + " pack codes", total * PACK_CODE_LENGTH);
		}
		List<List<String>> codes = new ArrayList<>(systems);
		for (int count : packs) {
			List<String> system = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				system.add(in.ascii(PACK_CODE_LENGTH));
			}
			codes.add(system);
		}
		ctx.noteTrailing("vehicle login");
		return new VehicleLogin(time, serial, iccid, codes);
	}

	public static void encode(VehicleLogin login, WireWriter out) {
		List<List<String>> systems = login.packCodes();
		out.time(login.time()).u16(login.serial()).ascii(login.iccid(), VehicleLogin.ICCID_LENGTH, "ICCID")
				.u8(WireWriter.count(systems.size(), 0xFF, "battery management systems"));
		for (List<String> system : systems) {
			out.u8(WireWriter.count(system.size(), 0xFF, "packs per battery management system"));
		}
		for (List<String> system : systems) {
			for (String code : system) {
				out.ascii(code, PACK_CODE_LENGTH, "pack code");
			}
		}
	}
}
