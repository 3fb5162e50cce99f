package org.clearlot.trade.timeline;

import java.util.UUID;

import org.clearlot.identity.UserAccount;

/** Who made a change: a user in their role, or the platform itself (expiry, completion, webhooks). */
public record Actor(UUID id, String role) {

	public static final Actor SYSTEM = new Actor(null, "SYSTEM");

	public static Actor of(UserAccount user) {
		return new Actor(user.id(), user.role().name());
	}
}
