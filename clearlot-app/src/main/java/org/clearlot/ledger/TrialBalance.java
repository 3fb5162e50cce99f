package org.clearlot.ledger;

import java.util.List;

/**
 * Every account's debits, credits and balance on its normal side, and the totals, which are equal when the book
 * balances.
 */
public record TrialBalance(boolean balanced, long totalDebitsFen, long totalCreditsFen, long transactions,
		List<AccountBalance> accounts) {

	/** One account's totals; {@code balanceFen} is positive when the balance stands on the account's normal side. */
	public record AccountBalance(String account, AccountType type, java.util.UUID ownerId, long debitsFen,
			long creditsFen, long balanceFen) {
	}
}
