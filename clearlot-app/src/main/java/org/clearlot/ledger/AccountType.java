package org.clearlot.ledger;

/**
 * The kinds of ledger account, each with the side on which its balance normally stands. Money received from the
 * payment provider is an asset (PSP_CLEARING) matched by what Clearlot owes for it: the buyer while it is in escrow,
 * the dealer once a sale is completed, the buyer again once a refund is decided, and the platform's own fees.
 */
public enum AccountType {
	/** Money held for Clearlot at the payment provider: debited when a payment is captured, credited by refunds. */
	PSP_CLEARING(Side.DEBIT),
	/** Deposits and balances held until the order completes (or is refunded). */
	ESCROW(Side.CREDIT),
	/** What Clearlot owes a dealer organization for its completed sales (one account per organization). */
	DEALER_PAYABLE(Side.CREDIT),
	/** Refunds decided and sent to the provider, not yet confirmed by it. */
	REFUNDS_PAYABLE(Side.CREDIT),
	/** The platform's fee income on completed sales. */
	PLATFORM_FEES(Side.CREDIT);

	/** The side on which an account's balance normally stands. */
	public enum Side {
		DEBIT, CREDIT
	}

	private final Side normalSide;

	AccountType(Side normalSide) {
		this.normalSide = normalSide;
	}

	public Side normalSide() {
		return normalSide;
	}

	public boolean perOrganization() {
		return this == DEALER_PAYABLE;
	}
}
