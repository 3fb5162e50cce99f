package org.clearlot.transfer.rule;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records new versions of transfer rules: a new rule starts at version 1, a superseding version follows the last. */
@Service
public class RuleAdministration {

	private final RuleStore store;
	private final RuleBook book;
	private final Clock clock;

	RuleAdministration(RuleStore store, RuleBook book, Clock clock) {
		this.store = store;
		this.book = book;
		this.clock = clock;
	}

	@Transactional
	public TransferRule record(RuleDraft draft, UUID adminId) {
		RuleDraft valid = draft.validated();
		String ruleId = TransferRule.key(valid.kind(), valid.jurisdiction());
		int version = store.lockLatestVersion(ruleId) + 1;
		TransferRule rule = new TransferRule(UUID.randomUUID(), valid.kind(), valid.jurisdiction(), version,
				valid.effectiveFrom(), valid.active(), valid.minStandard(), valid.quota(), valid.basis(), valid.source(),
				valid.note(), valid.sourceZh(), valid.noteZh(), clock.instant(), adminId);
		store.insert(rule);
		book.reloadAfterCommit();
		return rule;
	}
}
