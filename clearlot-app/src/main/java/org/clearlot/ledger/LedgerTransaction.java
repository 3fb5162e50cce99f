package org.clearlot.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A balanced set of entries about one business event, posted at most once under its idempotency key (for example
 * {@code payment:<id>:captured}). Build it with {@link #of} and {@link #debit}/{@link #credit}; amounts are positive
 * integer fen, and debits must equal credits.
 */
public record LedgerTransaction(String idempotencyKey, String kind, String reference, String description,
		List<Entry> entries) {

	public LedgerTransaction {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(description, "description");
		entries = List.copyOf(entries);
	}

	/** One side of a transaction: a positive amount debited or credited to an account. */
	public record Entry(Account account, long debitFen, long creditFen) {

		public Entry {
			Objects.requireNonNull(account, "account");
			if (debitFen < 0 || creditFen < 0 || (debitFen > 0) == (creditFen > 0)) {
				throw new IllegalArgumentException("An entry has a positive debit or a positive credit, not both");
			}
		}
	}

	public static LedgerTransaction of(String idempotencyKey, String kind, String reference, String description) {
		return new LedgerTransaction(idempotencyKey, kind, reference, description, List.of());
	}

	/** Adds a debit; a zero amount (a fee of nothing, say) adds no entry. */
	public LedgerTransaction debit(Account account, long fen) {
		return fen == 0 ? this : with(new Entry(account, fen, 0));
	}

	/** Adds a credit; a zero amount adds no entry. */
	public LedgerTransaction credit(Account account, long fen) {
		return fen == 0 ? this : with(new Entry(account, 0, fen));
	}

	private LedgerTransaction with(Entry entry) {
		List<Entry> more = new ArrayList<>(entries);
		more.add(entry);
		return new LedgerTransaction(idempotencyKey, kind, reference, description, more);
	}

	public long debitsFen() {
		return entries.stream().mapToLong(Entry::debitFen).sum();
	}

	public long creditsFen() {
		return entries.stream().mapToLong(Entry::creditFen).sum();
	}

	public boolean balanced() {
		return entries.size() >= 2 && debitsFen() == creditsFen();
	}
}
