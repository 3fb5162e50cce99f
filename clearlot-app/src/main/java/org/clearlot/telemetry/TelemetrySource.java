package org.clearlot.telemetry;

/** How a reading reached Clearlot. */
public enum TelemetrySource {
	/** JSON over HTTP ({@code POST /api/v1/telemetry}). */
	HTTP(1),
	/** A GB/T 32960.3-2016 frame through the TCP gateway. */
	GBT32960_2016(2),
	/** A GB/T 32960.3-2025 frame through the TCP gateway. */
	GBT32960_2025(3),
	/** A history imported in bulk through the telemetry API (the demo market's simulated histories). */
	IMPORT(4);

	private final int code;

	TelemetrySource(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static TelemetrySource ofCode(int code) {
		for (TelemetrySource source : values()) {
			if (source.code == code) {
				return source;
			}
		}
		throw new IllegalArgumentException("No telemetry source " + code);
	}
}
