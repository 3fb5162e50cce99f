package org.clearlot.trade.returns;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A return's life cycle with its transition table. */
public enum ReturnStatus {
	/** The buyer asked to return the car. */
	REQUESTED,
	/** The car is back at the dealer. */
	RECEIVED,
	/** The return check passed; the refund is under way. */
	APPROVED,
	/** The return check failed; the order goes back to where it was. */
	REJECTED,
	/** The provider confirmed the refund. */
	REFUNDED;

	private static final Map<ReturnStatus, Set<ReturnStatus>> TRANSITIONS = Map.of(
			REQUESTED, EnumSet.of(RECEIVED, REJECTED),
			RECEIVED, EnumSet.of(APPROVED, REJECTED),
			APPROVED, EnumSet.of(REFUNDED),
			REJECTED, EnumSet.noneOf(ReturnStatus.class),
			REFUNDED, EnumSet.noneOf(ReturnStatus.class));

	public boolean canBecome(ReturnStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}
}
