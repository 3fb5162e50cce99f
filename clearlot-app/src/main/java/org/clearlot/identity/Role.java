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
	ADMIN,
	/** A machine account of a vehicle terminal or OEM platform that sends telemetry over HTTP. */
	TELEMETRY,
	/** Works for a battery recycler or second-life operator and records what happens to packs out of cars. */
	RECYCLER;

	public String authority() {
		return "ROLE_" + name();
	}
}
