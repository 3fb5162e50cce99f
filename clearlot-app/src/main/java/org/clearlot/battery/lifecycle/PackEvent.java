package org.clearlot.battery.lifecycle;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A stored lifecycle event with its place in the chain. */
public record PackEvent(UUID id, String packCode, int position, PackEventType type, String status,
		Instant occurredAt, String vin, String relatedPackCode, String facility, String notes, UUID organizationId,
		String hash, String previousHash, Instant recordedAt, @JsonIgnore String canonicalContent) {
}
