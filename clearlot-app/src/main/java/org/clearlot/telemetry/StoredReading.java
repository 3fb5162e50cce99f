package org.clearlot.telemetry;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A reading as stored: the reading itself, how it arrived, when, and for GB/T 32960-2025 frames whether their
 * signature was verified against the key the vehicle registered at activation ({@code false}: signed but no key yet;
 * {@code null}: not signed).
 */
public record StoredReading(@JsonUnwrapped TelemetryReading reading, TelemetrySource source, Instant receivedAt,
		Boolean signatureVerified) {
}
