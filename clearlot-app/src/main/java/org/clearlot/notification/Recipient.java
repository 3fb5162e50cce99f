package org.clearlot.notification;

import java.util.UUID;

import org.clearlot.identity.UserAccount;

/** Who a notification is for: one user, every user of an organization, or every user in a role. */
record Recipient(UUID userId, UUID organizationId, String role) {

	static Recipient user(UUID id) {
		return new Recipient(id, null, null);
	}

	static Recipient organization(UUID id) {
		return new Recipient(null, id, null);
	}

	static Recipient role(String role) {
		return new Recipient(null, null, role);
	}

	/** The recipients a signed-in user reads as: themselves, their organization, their role. */
	static Reader of(UserAccount user) {
		return new Reader(user.id(), user.organization().orElse(null), user.role().name());
	}

	/** A signed-in reader's three ways of being addressed. */
	record Reader(UUID userId, UUID organizationId, String role) {
	}
}
