package org.clearlot.telemetry;

import java.time.Instant;

/** The first odometer reading a vehicle reported on a day (Beijing time): one mileage reading for its history. */
public record TelemetryOdometerRead(String vin, Instant at, double odometerKm) {
}
