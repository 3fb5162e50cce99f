package org.clearlot.identity;

/** What a user may do on the platform. A user has exactly one role. */
public enum Role {
	/** Searches, reserves, buys, returns, reviews. */
	BUYER,
	/** Works for a dealer organization and manages its inventory. */
	DEALER,
	/** Independent appraiser who files inspection reports. */
	INSPECTOR,
	/** Platform operator. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
