package org.clearlot.simulator.gbt;

import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Realtime;

/**
 * A frame on its way: the encoded bytes and, for realtime frames, the report (to resend as a reissue).
 *
 * @param vin     the header's VIN (or platform id)
 * @param command the command
 * @param bytes   the encoded frame
 * @param report  the realtime report, null for other commands
 */
record Outgoing(String vin, Command command, byte[] bytes, Realtime report) {

	boolean realtime() {
		return command == Command.REALTIME || command == Command.REISSUE;
	}
}
