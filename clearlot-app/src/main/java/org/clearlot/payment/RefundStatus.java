package org.clearlot.payment;

/** A refund's life cycle: requested from the provider, then confirmed by its webhook. */
public enum RefundStatus {
	REQUESTED, SUCCEEDED
}
