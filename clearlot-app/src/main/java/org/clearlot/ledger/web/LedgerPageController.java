package org.clearlot.ledger.web;

import org.clearlot.ledger.LedgerApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's ledger page: the trial balance and the latest transactions with their entries. */
@Controller
class LedgerPageController {

	private final LedgerApi ledger;

	LedgerPageController(LedgerApi ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/admin/ledger")
	String ledger(Model model) {
		model.addAttribute("trial", ledger.trialBalance());
		model.addAttribute("recent", ledger.recent(50));
		return "ledger/ledger";
	}
}
