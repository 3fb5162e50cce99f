package org.clearlot.gbt32960.internal;

import java.time.LocalDateTime;
import org.clearlot.gbt32960.DecodeError;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.PlatformLogin;

/** The platform login; see {@link PlatformLogin}. */
public final class PlatformLoginCodec {

	private static final int AFTER_TIME = 2 + PlatformLogin.USER_LENGTH + PlatformLogin.PASSWORD_LENGTH + 1;

	private PlatformLoginCodec() {
	}

	public static PlatformLogin decode(DecodeContext ctx) {
		WireReader in = ctx.in();
		LocalDateTime time = ctx.time("platform login");
		if (time == null) {
			return null;
		}
		if (!in.has(AFTER_TIME)) {
			return ctx.truncated("the platform login", AFTER_TIME);
		}
		int serial = in.u16();
		String user = in.ascii(PlatformLogin.USER_LENGTH);
		String password = in.ascii(PlatformLogin.PASSWORD_LENGTH);
		int code = in.u8();
		Encryption encryption = Encryption.of(code);
		if (encryption == null) {
			return ctx.fail(DecodeError.BAD_FIELD, "platform login encryption byte " + Notes.hex(code)
					+ " is not a defined value", in.offset() - 1);
		}
		ctx.noteTrailing("platform login");
		return new PlatformLogin(time, serial, user, password, encryption);
	}

	public static void encode(PlatformLogin login, WireWriter out) {
		out.time(login.time()).u16(login.serial()).ascii(login.user(), PlatformLogin.USER_LENGTH, "user")
				.ascii(login.password(), PlatformLogin.PASSWORD_LENGTH, "password").u8(login.encryption().code());
	}
}
