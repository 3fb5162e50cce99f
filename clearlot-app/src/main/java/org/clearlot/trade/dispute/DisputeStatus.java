package org.clearlot.trade.dispute;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A dispute's life cycle with its transition table. */
public enum DisputeStatus {
	/** Opened by the buyer; waiting for the dealer. */
	OPEN,
	/** The dealer answered; waiting for an admin's decision. */
	ANSWERED,
	/** An admin decided. */
	DECIDED;

	private static final Map<DisputeStatus, Set<DisputeStatus>> TRANSITIONS = Map.of(
			OPEN, EnumSet.of(ANSWERED, DECIDED),
			ANSWERED, EnumSet.of(DECIDED),
			DECIDED, EnumSet.noneOf(DisputeStatus.class));

	public boolean canBecome(DisputeStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}

	public boolean isOpen() {
		return this != DECIDED;
	}
}
