package org.clearlot.ledger;

import java.util.List;

/** What other modules may ask of the ledger. */
public interface LedgerApi {

	/**
	 * Posts a balanced transaction in the caller's database transaction, unless one with the same idempotency key
	 * was posted before. Returns whether it was posted now.
	 *
	 * @throws IllegalArgumentException when it does not balance or has fewer than two entries
	 */
	boolean post(LedgerTransaction transaction);

	/** An account's balance on its normal side, in fen (zero for an account that never moved). */
	long balanceFen(Account account);

	/** The net amount a reference's transactions moved into (positive) or out of an account, on its normal side. */
	long netFen(String reference, Account account);

	TrialBalance trialBalance();

	/** The transactions about a reference (such as {@code order:<id>}), oldest first. */
	List<PostedTransaction> transactions(String reference);

	/** The most recent transactions, newest first. */
	List<PostedTransaction> recent(int limit);

	/** A transaction as posted. */
	record PostedTransaction(long id, String kind, String reference, String description, java.time.Instant postedAt,
			List<LedgerTransaction.Entry> entries) {
	}
}
