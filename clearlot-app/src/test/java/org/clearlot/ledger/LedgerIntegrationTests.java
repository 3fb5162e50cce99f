package org.clearlot.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.clearlot.support.ClearlotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's guarantees, enforced by PostgreSQL itself: balanced transactions, append-only entries. */
@ClearlotIntegrationTest
class LedgerIntegrationTests {

	@Autowired
	LedgerApi ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPostingIsMadeOnceAndMovesBalances() {
		UUID dealer = UUID.randomUUID();
		String key = "test:" + UUID.randomUUID();
		LedgerTransaction sale = LedgerTransaction.of(key, "SALE_COMPLETED", "order:" + UUID.randomUUID(), "test sale")
			.debit(Account.escrow(), 10_000).credit(Account.dealerPayable(dealer), 9_900).credit(Account.platformFees(), 100);
		assertThat((boolean) transactions.execute(status -> ledger.post(sale))).isTrue();
		assertThat((boolean) transactions.execute(status -> ledger.post(sale))).as("the same key again").isFalse();
		assertThat(ledger.balanceFen(Account.dealerPayable(dealer))).isEqualTo(9_900);
		assertThat(ledger.transactions(sale.reference())).hasSize(1).first()
			.satisfies(posted -> assertThat(posted.entries()).hasSize(3));
		assertThat(ledger.trialBalance().balanced()).isTrue();
	}

	@Test
	void anUnbalancedTransactionIsRefusedByTheApiAndByTheDatabase() {
		LedgerTransaction lopsided = LedgerTransaction.of("test:" + UUID.randomUUID(), "TEST", "test", "lopsided")
			.debit(Account.escrow(), 100).credit(Account.refundsPayable(), 99);
		assertThatThrownBy(() -> transactions.execute(status -> ledger.post(lopsided)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance");
		transactions.execute(status -> ledger.post(LedgerTransaction.of("test:" + UUID.randomUUID(), "TEST", "test",
				"balanced, so that the accounts exist").debit(Account.escrow(), 1).credit(Account.refundsPayable(), 1)));
		String key = "test:" + UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			long id = jdbc.queryForObject("INSERT INTO ledger.transactions (idempotency_key, kind, reference, description) "
					+ "VALUES (?, 'TEST', 'test', 'one-sided') RETURNING id", Long.class, key);
			long account = jdbc.queryForObject("SELECT id FROM ledger.accounts WHERE type = 'ESCROW'", Long.class);
			jdbc.update("INSERT INTO ledger.entries (transaction_id, account_id, debit_fen) VALUES (?, ?, 100)", id, account);
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("does not balance");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger.transactions WHERE idempotency_key = ?", Long.class, key))
			.as("nothing of it was kept").isZero();
	}

	@Test
	void entriesCanBeNeitherChangedNorDeleted() {
		transactions.execute(status -> ledger.post(LedgerTransaction.of("test:" + UUID.randomUUID(), "TEST", "test",
				"for the append-only check").debit(Account.pspClearing(), 500).credit(Account.escrow(), 500)));
		assertThatThrownBy(() -> jdbc.update("UPDATE ledger.entries SET debit_fen = debit_fen + 1 WHERE debit_fen > 0"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger.entries")).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("UPDATE ledger.transactions SET description = 'edited'"))
			.hasMessageContaining("append-only");
		assertThat(ledger.trialBalance().balanced()).isTrue();
	}
}
