package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The data unit of a reply (response flag other than FE): the 6-byte time, which some platforms follow with an echo
 * of the rest of the request's data unit; empty in a heartbeat reply.
 *
 * <pre>
 * 23 23 01 01 "HAUV4BGN6S5002219" 01 00 06 19 0A 1B 14 02 02 36     reply to a login: time 2025-10-27 20:02:02
 * </pre>
 *
 * @param time   the reply's time, Beijing time; {@code null} when the data unit is empty
 * @param echoed the bytes after the time (an echoed request unit), empty for the plain form; do not modify
 */
public record Acknowledgement(LocalDateTime time, byte[] echoed) implements Body {

	private static final byte[] NONE = new byte[0];

	public Acknowledgement {
		Objects.requireNonNull(echoed, "echoed");
		if (time == null && echoed.length > 0) {
			throw new IllegalArgumentException("an echo needs the time in front of it");
		}
	}

	/** The plain form: the time only. */
	public static Acknowledgement at(LocalDateTime time) {
		return new Acknowledgement(Objects.requireNonNull(time, "time"), NONE);
	}

	/** The empty form, as in a heartbeat reply. */
	public static Acknowledgement empty() {
		return new Acknowledgement(null, NONE);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Acknowledgement that && Objects.equals(time, that.time)
				&& Arrays.equals(echoed, that.echoed);
	}

	@Override
	public int hashCode() {
		return 31 * Objects.hashCode(time) + Arrays.hashCode(echoed);
	}

	@Override
	public String toString() {
		return "Acknowledgement[time=" + time + ", echoed=" + HexFormat.of().formatHex(echoed) + "]";
	}
}
