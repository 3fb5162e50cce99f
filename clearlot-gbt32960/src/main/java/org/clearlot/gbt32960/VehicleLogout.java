package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Vehicle logout (command 04): time and the serial of the login it closes.
 *
 * <pre>
 * time 6 | serial WORD
 * 19 0A 1B 14 02 02  08 02      2025-10-27 20:02:02, serial 2050
 * </pre>
 *
 * @param time   logout time, Beijing time
 * @param serial the login serial number
 */
public record VehicleLogout(LocalDateTime time, int serial) implements Body {
	public VehicleLogout {
		Objects.requireNonNull(time, "time");
	}
}
