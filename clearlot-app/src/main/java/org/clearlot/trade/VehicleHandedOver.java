package org.clearlot.trade;

import java.time.Instant;
import java.util.UUID;

/** The buyer confirmed delivery and the odometer reading at handover (a mileage reading for the car's history). */
public record VehicleHandedOver(UUID orderId, String vin, int odometerKm, Instant at) {
}
