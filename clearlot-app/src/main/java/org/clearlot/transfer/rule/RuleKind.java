package org.clearlot.transfer.rule;

/** What a transfer rule governs. */
public enum RuleKind {
	/** The oldest emission standard a city accepts for cars registered elsewhere ({@code minStandard}). */
	INBOUND_EMISSION,
	/** Small non-operating passenger cars at or above {@code minStandard} may not be refused anywhere. */
	NATIONAL_NO_REFUSAL,
	/** A buyer needs a plate quota or index; per powertrain how it is obtained. */
	PLATE_QUOTA,
	/** Dealers register stock bought for resale under separate endorsement and receive temporary plates. */
	TEMPORARY_PLATE,
	/** The GB/T 30323 tradability checks and registration documents. */
	TRADABILITY;

	/** Whether rules of this kind carry a minimum emission standard. */
	public boolean hasMinStandard() {
		return this == INBOUND_EMISSION || this == NATIONAL_NO_REFUSAL;
	}

	/** Whether rules of this kind may be made for one city. */
	public boolean local() {
		return this == INBOUND_EMISSION || this == PLATE_QUOTA || this == TEMPORARY_PLATE;
	}

	/** Whether rules of this kind may be made for the whole country (plate quotas are always a city's). */
	public boolean nationalAllowed() {
		return this != PLATE_QUOTA;
	}
}
