package org.clearlot.payment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A payment's life cycle as the provider's webhooks report it, with its transition table. Money is received only
 * in {@link #CAPTURED}. A capture is recorded from any state, because money the provider took must be accounted for
 * (and then refunded) even when Clearlot had given up on the payment.
 */
public enum PaymentStatus {
	/** Created at the provider; the payer has not paid yet. */
	PENDING,
	/** The payer authorized it; Clearlot asked the provider to capture. */
	AUTHORIZED,
	/** The provider took the money: it is in escrow. */
	CAPTURED,
	/** The payer's payment was declined. */
	FAILED,
	/** Clearlot withdrew it before it was captured. */
	CANCELLED;

	private static final Map<PaymentStatus, Set<PaymentStatus>> TRANSITIONS = Map.of(
			PENDING, EnumSet.of(AUTHORIZED, CAPTURED, FAILED, CANCELLED),
			AUTHORIZED, EnumSet.of(CAPTURED, FAILED, CANCELLED),
			CAPTURED, EnumSet.noneOf(PaymentStatus.class),
			FAILED, EnumSet.of(CAPTURED),
			CANCELLED, EnumSet.of(CAPTURED));

	public boolean canBecome(PaymentStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}

	/** The states from which a payment may move to {@code target}. */
	public static Set<PaymentStatus> sourcesOf(PaymentStatus target) {
		Set<PaymentStatus> sources = EnumSet.noneOf(PaymentStatus.class);
		for (PaymentStatus status : values()) {
			if (status.canBecome(target)) {
				sources.add(status);
			}
		}
		return sources;
	}

	/** Whether the payment may still be paid (and so still blocks a new one for the same purpose). */
	public boolean isOpen() {
		return this == PENDING || this == AUTHORIZED;
	}
}
