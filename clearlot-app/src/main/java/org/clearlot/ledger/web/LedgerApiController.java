package org.clearlot.ledger.web;

import java.util.List;

import org.clearlot.ledger.LedgerApi;
import org.clearlot.ledger.LedgerApi.PostedTransaction;
import org.clearlot.ledger.TrialBalance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger over the API, for admins (the security configuration requires the ADMIN role). */
@RestController
@RequestMapping("/api/v1/admin/ledger")
class LedgerApiController {

	private final LedgerApi ledger;

	LedgerApiController(LedgerApi ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/trial-balance")
	TrialBalance trialBalance() {
		return ledger.trialBalance();
	}

	/** The transactions about one reference ({@code order:<id>}, {@code reservation:<id>}), or the latest 100. */
	@GetMapping("/transactions")
	List<PostedTransaction> transactions(@RequestParam(required = false) String reference) {
		return reference == null || reference.isBlank() ? ledger.recent(100) : ledger.transactions(reference.strip());
	}
}
