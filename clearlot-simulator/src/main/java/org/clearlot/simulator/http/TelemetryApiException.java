package org.clearlot.simulator.http;

/** The telemetry API answered with an error that retrying will not fix (or retries ran out). */
public class TelemetryApiException extends RuntimeException {

	private final int status;

	public TelemetryApiException(String message, int status) {
		super(message);
		this.status = status;
	}

	/** The HTTP status, or 0 when no response came. */
	public int status() {
		return status;
	}
}
