package org.clearlot.catalog;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A listing's life cycle with its explicit transition table. Only {@link #ACTIVE} listings appear in search.
 */
public enum ListingStatus {
	/** Being prepared by the dealer; visible only to its organization. */
	DRAFT,
	/** On sale and searchable. */
	ACTIVE,
	/** Held by a buyer's deposit. */
	RESERVED,
	/** Sold to a buyer. */
	SOLD,
	/** Taken off sale by the dealer or an admin. */
	WITHDRAWN;

	private static final Map<ListingStatus, Set<ListingStatus>> TRANSITIONS = Map.of(
			DRAFT, EnumSet.of(ACTIVE, WITHDRAWN),
			ACTIVE, EnumSet.of(RESERVED, WITHDRAWN),
			RESERVED, EnumSet.of(ACTIVE, SOLD),
			SOLD, EnumSet.of(ACTIVE),
			WITHDRAWN, EnumSet.of(ACTIVE));

	public boolean canBecome(ListingStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}

	/** Whether a dealer may still edit price, mileage and description. */
	public boolean isEditable() {
		return this == DRAFT || this == ACTIVE || this == WITHDRAWN;
	}

	/** Whether this listing blocks another open listing of the same VIN. */
	public boolean isOpen() {
		return this != SOLD && this != WITHDRAWN;
	}
}
