package org.clearlot.transfer.rule;

/** How firmly a rule rests on its source. */
public enum RuleBasis {
	/** The cited document states the rule. */
	PUBLISHED,
	/** The rule follows from a cited classification or report; the local notice itself is not on file. */
	DERIVED
}
