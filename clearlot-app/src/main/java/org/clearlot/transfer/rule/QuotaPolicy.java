package org.clearlot.transfer.rule;

/** How a buyer in a plate-quota city obtains the right to register a car of one powertrain. */
public enum QuotaPolicy {
	/** No quota is needed. */
	NONE,
	/** An index or quota is granted on application, without lottery or auction (local conditions apply). */
	ON_APPLICATION,
	/** A scarce quota: by lottery, auction or waiting list; the buyer must hold it before registering. */
	SCARCE
}
