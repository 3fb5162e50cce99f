package org.clearlot.transfer.eligibility;

import java.util.List;

import org.clearlot.transfer.rule.TransferRule;

/** An answer: the outcome, the reasons behind it, what the buyer must do, and every rule version consulted. */
public record Assessment(Outcome outcome, List<Finding> reasons, List<Finding> steps, List<TransferRule> rulesUsed) {

	public Assessment {
		reasons = List.copyOf(reasons);
		steps = List.copyOf(steps);
		rulesUsed = List.copyOf(rulesUsed);
	}
}
