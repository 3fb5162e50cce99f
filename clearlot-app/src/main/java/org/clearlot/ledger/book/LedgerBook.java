package org.clearlot.ledger.book;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.ledger.Account;
import org.clearlot.ledger.AccountType;
import org.clearlot.ledger.LedgerApi;
import org.clearlot.ledger.LedgerTransaction;
import org.clearlot.ledger.TrialBalance;
import org.clearlot.ledger.TrialBalance.AccountBalance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger in PostgreSQL. A transaction is inserted with its idempotency key first (a second posting of the same
 * key inserts nothing and returns false), then its entries; the database checks at commit that they balance and
 * refuses any later update or deletion (see the ledger migration).
 */
@Service
class LedgerBook implements LedgerApi {

	private final JdbcTemplate jdbc;

	LedgerBook(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean post(LedgerTransaction transaction) {
		if (!transaction.balanced()) {
			throw new IllegalArgumentException("Ledger transaction " + transaction.idempotencyKey()
					+ " does not balance: " + transaction.debitsFen() + " fen debited, " + transaction.creditsFen()
					+ " fen credited over " + transaction.entries().size() + " entries");
		}
		List<Long> ids = jdbc.queryForList("""
				INSERT INTO ledger.transactions (idempotency_key, kind, reference, description)
				VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""", Long.class,
				transaction.idempotencyKey(), transaction.kind(), transaction.reference(), transaction.description());
		if (ids.isEmpty()) {
			return false;
		}
		long id = ids.get(0);
		List<Object[]> rows = new ArrayList<>();
		for (LedgerTransaction.Entry entry : transaction.entries()) {
			rows.add(new Object[] { id, accountId(entry.account()), entry.debitFen(), entry.creditFen() });
		}
		jdbc.batchUpdate("INSERT INTO ledger.entries (transaction_id, account_id, debit_fen, credit_fen) "
				+ "VALUES (?, ?, ?, ?)", rows);
		return true;
	}

	private long accountId(Account account) {
		jdbc.update("INSERT INTO ledger.accounts (type, owner_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
				account.type().name(), account.ownerId());
		return jdbc.queryForObject("SELECT id FROM ledger.accounts WHERE type = ? AND owner_id IS NOT DISTINCT FROM ?",
				Long.class, account.type().name(), account.ownerId());
	}

	@Override
	@Transactional(readOnly = true)
	public long balanceFen(Account account) {
		Long net = jdbc.queryForObject("""
				SELECT coalesce(sum(e.debit_fen - e.credit_fen), 0) FROM ledger.entries e
				JOIN ledger.accounts a ON a.id = e.account_id
				WHERE a.type = ? AND a.owner_id IS NOT DISTINCT FROM ?""", Long.class, account.type().name(),
				account.ownerId());
		return onNormalSide(account.type(), net);
	}

	@Override
	@Transactional(readOnly = true)
	public long netFen(String reference, Account account) {
		Long net = jdbc.queryForObject("""
				SELECT coalesce(sum(e.debit_fen - e.credit_fen), 0) FROM ledger.entries e
				JOIN ledger.accounts a ON a.id = e.account_id
				JOIN ledger.transactions t ON t.id = e.transaction_id
				WHERE t.reference = ? AND a.type = ? AND a.owner_id IS NOT DISTINCT FROM ?""", Long.class, reference,
				account.type().name(), account.ownerId());
		return onNormalSide(account.type(), net);
	}

	@Override
	@Transactional(readOnly = true)
	public TrialBalance trialBalance() {
		List<AccountBalance> accounts = jdbc.query("""
				SELECT a.type, a.owner_id, coalesce(sum(e.debit_fen), 0), coalesce(sum(e.credit_fen), 0)
				FROM ledger.accounts a LEFT JOIN ledger.entries e ON e.account_id = a.id
				GROUP BY a.id, a.type, a.owner_id ORDER BY a.type, a.owner_id""", (row, n) -> {
			AccountType type = AccountType.valueOf(row.getString(1));
			UUID owner = row.getObject(2, UUID.class);
			long debits = row.getLong(3);
			long credits = row.getLong(4);
			return new AccountBalance(new Account(type, owner).name(), type, owner, debits, credits,
					onNormalSide(type, debits - credits));
		});
		long debits = accounts.stream().mapToLong(AccountBalance::debitsFen).sum();
		long credits = accounts.stream().mapToLong(AccountBalance::creditsFen).sum();
		long transactions = jdbc.queryForObject("SELECT count(*) FROM ledger.transactions", Long.class);
		return new TrialBalance(debits == credits, debits, credits, transactions, accounts);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostedTransaction> transactions(String reference) {
		return read("t.reference = ?", Comparator.naturalOrder(), reference);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostedTransaction> recent(int limit) {
		return read("t.id IN (SELECT id FROM ledger.transactions ORDER BY id DESC LIMIT ?)", Comparator.reverseOrder(),
				Math.max(1, Math.min(limit, 500)));
	}

	private List<PostedTransaction> read(String where, Comparator<Long> order, Object argument) {
		Map<Long, List<LedgerTransaction.Entry>> entries = new LinkedHashMap<>();
		Map<Long, Object[]> heads = new LinkedHashMap<>();
		jdbc.query("""
				SELECT t.id, t.kind, t.reference, t.description, t.posted_at, a.type, a.owner_id, e.debit_fen,
				       e.credit_fen
				FROM ledger.transactions t JOIN ledger.entries e ON e.transaction_id = t.id
				JOIN ledger.accounts a ON a.id = e.account_id
				WHERE\s""" + where + " ORDER BY t.id, e.id", row -> {
			long id = row.getLong(1);
			heads.putIfAbsent(id, new Object[] { row.getString(2), row.getString(3), row.getString(4),
					row.getTimestamp(5) });
			entries.computeIfAbsent(id, k -> new ArrayList<>()).add(new LedgerTransaction.Entry(
					new Account(AccountType.valueOf(row.getString(6)), row.getObject(7, UUID.class)), row.getLong(8),
					row.getLong(9)));
		}, argument);
		return heads.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
			.map(head -> new PostedTransaction(head.getKey(), (String) head.getValue()[0],
					(String) head.getValue()[1], (String) head.getValue()[2],
					((Timestamp) head.getValue()[3]).toInstant(), entries.get(head.getKey())))
			.toList();
	}

	private static long onNormalSide(AccountType type, long debitMinusCredit) {
		return type.normalSide() == AccountType.Side.DEBIT ? debitMinusCredit : -debitMinusCredit;
	}
}
