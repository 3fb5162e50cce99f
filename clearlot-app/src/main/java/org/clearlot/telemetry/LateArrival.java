package org.clearlot.telemetry;

import java.time.Instant;

/**
 * Readings of a vehicle that arrived long after they were collected (reissued or buffered), since a consumer last
 * acknowledged: the earliest collection time among them, and a sequence number to acknowledge them by.
 */
public record LateArrival(String vin, Instant earliest, long sequence) {
}
