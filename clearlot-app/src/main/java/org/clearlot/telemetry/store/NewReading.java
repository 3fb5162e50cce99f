package org.clearlot.telemetry.store;

import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;

/**
 * A valid reading of a registered vehicle, ready to store, with its source and, for signed GB/T 32960-2025 frames,
 * whether the signature was verified.
 */
public record NewReading(TelemetryReading reading, TelemetrySource source, Boolean signatureVerified) {
}
