package org.clearlot.gbt32960.internal;

import org.clearlot.gbt32960.Acknowledgement;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Body;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Heartbeat;
import org.clearlot.gbt32960.KeyExchange;
import org.clearlot.gbt32960.OpaqueBody;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.PlatformLogout;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.TimeSync;
import org.clearlot.gbt32960.VehicleLogin;
import org.clearlot.gbt32960.VehicleLogout;

/** Which command carries which body type. */
public final class BodyCommands {

	private BodyCommands() {
	}

	/** The command of a command body; throws for the two body types that fit any command. */
	public static Command commandFor(Body body) {
		Command command = commandOrNull(body);
		if (command == null) {
			throw new IllegalArgumentException(body.getClass().getSimpleName()
					+ " fits any command: build the FrameHeader with the command yourself");
		}
		return command;
	}

	/** Whether a frame with this command and response flag may carry {@code body}. */
	public static boolean fits(Body body, Command command, boolean isCommand) {
		if (body instanceof OpaqueBody) {
			return true;
		}
		if (body instanceof Acknowledgement) {
			return !isCommand;
		}
		return isCommand && commandOrNull(body) == command;
	}

	private static Command commandOrNull(Body body) {
		if (body instanceof Realtime realtime) {
			return realtime.reissue() ? Command.REISSUE : Command.REALTIME;
		}
		if (body instanceof VehicleLogin) {
			return Command.VEHICLE_LOGIN;
		}
		if (body instanceof VehicleLogout) {
			return Command.VEHICLE_LOGOUT;
		}
		if (body instanceof PlatformLogin) {
			return Command.PLATFORM_LOGIN;
		}
		if (body instanceof PlatformLogout) {
			return Command.PLATFORM_LOGOUT;
		}
		if (body instanceof Heartbeat) {
			return Command.HEARTBEAT;
		}
		if (body instanceof TimeSync) {
			return Command.TIME_SYNC;
		}
		if (body instanceof Activation) {
			return Command.ACTIVATION;
		}
		if (body instanceof ActivationResponse) {
			return Command.ACTIVATION_RESPONSE;
		}
		if (body instanceof KeyExchange) {
			return Command.KEY_EXCHANGE;
		}
		return null;
	}
}
