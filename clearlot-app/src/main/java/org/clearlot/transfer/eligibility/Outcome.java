package org.clearlot.transfer.eligibility;

/** The answer to "can I register this car in my city on that day?", from least to most severe. */
public enum Outcome {
	/** The car can be registered there. */
	ALLOWED,
	/** It can, if the buyer holds a plate quota (by lottery, auction or waiting list). */
	NEEDS_QUOTA,
	/** It cannot, for the reasons given. */
	RESTRICTED;

	Outcome atLeast(Outcome other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
