package org.clearlot.trade.order;

/** How the car reaches the buyer. */
public enum DeliveryMethod {
	/** The buyer collects it at the dealer. */
	PICKUP,
	/** The dealer brings it to an address in the listing's city. */
	HOME_DELIVERY,
	/** A car carrier takes it to another city, for a quoted fee and time. */
	REMOTE
}
