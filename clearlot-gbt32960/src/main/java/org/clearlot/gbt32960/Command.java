package org.clearlot.gbt32960;

/**
 * The command byte (third byte of every frame). Codes 09, 0A and 0B exist only in the 2025 revision.
 *
 * <pre>
 * 23 23 02 FE ...   realtime report (02) sent as a command (FE)
 * </pre>
 */
public enum Command {
	VEHICLE_LOGIN(0x01),
	REALTIME(0x02),
	/** Reissue of realtime data the terminal could not send in time (2016: last 3 days; 2025: last 7 days). */
	REISSUE(0x03),
	VEHICLE_LOGOUT(0x04),
	PLATFORM_LOGIN(0x05),
	PLATFORM_LOGOUT(0x06),
	/** Heartbeat; its data unit is empty. */
	HEARTBEAT(0x07),
	/** Terminal time synchronisation; the request's data unit is empty, the platform answers with its time. */
	TIME_SYNC(0x08),
	/** 2025 only: security chip activation (chip id, public key, VIN, signature). */
	ACTIVATION(0x09),
	/** 2025 only: the platform's answer to an activation. */
	ACTIVATION_RESPONSE(0x0A),
	/** 2025 only: data-unit encryption key exchange. */
	KEY_EXCHANGE(0x0B),
	QUERY(0x80),
	SETUP(0x81),
	CONTROL(0x82);

	private final int code;

	Command(int code) {
		this.code = code;
	}

	/** The command byte on the wire. */
	public int code() {
		return code;
	}

	/** Whether {@code revision} defines this command. */
	public boolean definedIn(Revision revision) {
		return revision == Revision.V2025
				|| (this != ACTIVATION && this != ACTIVATION_RESPONSE && this != KEY_EXCHANGE);
	}

	/** The command with this byte, or {@code null} if no revision defines it. */
	public static Command of(int code) {
		return switch (code) {
			case 0x01 -> VEHICLE_LOGIN;
			case 0x02 -> REALTIME;
			case 0x03 -> REISSUE;
			case 0x04 -> VEHICLE_LOGOUT;
			case 0x05 -> PLATFORM_LOGIN;
			case 0x06 -> PLATFORM_LOGOUT;
			case 0x07 -> HEARTBEAT;
			case 0x08 -> TIME_SYNC;
			case 0x09 -> ACTIVATION;
			case 0x0A -> ACTIVATION_RESPONSE;
			case 0x0B -> KEY_EXCHANGE;
			case 0x80 -> QUERY;
			case 0x81 -> SETUP;
			case 0x82 -> CONTROL;
			default -> null;
		};
	}
}
