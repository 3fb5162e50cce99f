package org.clearlot.trade.dispute;

/** What an admin decided. */
public enum DisputeOutcome {
	/** The buyer's complaint is rejected. */
	REJECTED,
	/** The buyer is refunded an amount without returning the car ("refund only"). */
	REFUND,
	/** The buyer may return the car whatever the return rules say. */
	RETURN_ALLOWED
}
