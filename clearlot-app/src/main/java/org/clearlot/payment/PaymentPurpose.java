package org.clearlot.payment;

/** What a payment is for. */
public enum PaymentPurpose {
	/** The refundable deposit that reserves a car. */
	DEPOSIT,
	/** The rest of the price (and any delivery fee) when the order is placed. */
	BALANCE
}
