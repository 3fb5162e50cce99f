package org.clearlot.battery.lifecycle;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a lifecycle event says, as hashed: what happened to which pack when, where (vehicle, facility), the
 * code of the related pack (the second-life product's code, or on its chain the original's), the status after it,
 * who recorded it, and the hash of the previous event in the pack's chain.
 */
public record PackEventContent(UUID id, String packCode, int position, PackEventType type, String status,
		Instant occurredAt, String vin, String relatedPackCode, String facility, String notes, UUID organizationId,
		UUID recordedBy, String previousHash) {
}
