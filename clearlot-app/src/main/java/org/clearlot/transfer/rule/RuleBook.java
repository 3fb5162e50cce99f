package org.clearlot.transfer.rule;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transfer rules in memory (a few hundred rows), read again after each change an admin commits here and every
 * minute, so that a change made through another instance shows within a minute.
 */
@Component
public class RuleBook {

	private final RuleStore store;
	private final AtomicReference<RuleSet> current = new AtomicReference<>();

	RuleBook(RuleStore store) {
		this.store = store;
	}

	public RuleSet current() {
		RuleSet rules = current.get();
		if (rules == null) {
			rules = reload();
		}
		return rules;
	}

	/** Every {@code clearlot.transfer.rules-refresh} ({@code TransferProperties.rulesRefresh}). */
	@Scheduled(fixedDelayString = "${clearlot.transfer.rules-refresh:PT1M}",
			initialDelayString = "${clearlot.transfer.rules-refresh:PT1M}")
	void refresh() {
		reload();
	}

	/** Reads the rules again once the current transaction commits (at once outside a transaction). */
	void reloadAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reload();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reload();
			}
		});
	}

	/** Read and set under one lock, so an older read can never overwrite a newer one. */
	private synchronized RuleSet reload() {
		RuleSet rules = new RuleSet(store.all());
		current.set(rules);
		return rules;
	}
}
