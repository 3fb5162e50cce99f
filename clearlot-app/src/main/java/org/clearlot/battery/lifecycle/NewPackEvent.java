package org.clearlot.battery.lifecycle;

import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/v1/batteries/{packCode}/events}: {@code type} (INSTALLED, REMOVED, REPAIRED,
 * SECOND_LIFE, RECYCLED), {@code occurredAt} (ISO-8601 with offset; not in the future), {@code vin} (required for
 * INSTALLED), {@code newPackCode} (required for SECOND_LIFE: the repurposed product's own GB/T 34014 code),
 * {@code facility} and {@code notes} (free text).
 */
public record NewPackEvent(String type, OffsetDateTime occurredAt, String vin, String newPackCode, String facility,
		String notes) {
}
