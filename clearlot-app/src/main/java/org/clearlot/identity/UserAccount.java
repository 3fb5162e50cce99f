package org.clearlot.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in user as other modules see it.
 *
 * @param organizationId the organization a DEALER or INSPECTOR works for; null for buyers and admins
 */
public record UserAccount(UUID id, String username, String displayName, Role role, UUID organizationId) {

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	public boolean belongsTo(UUID organization) {
		return organizationId != null && organizationId.equals(organization);
	}

	public Optional<UUID> organization() {
		return Optional.ofNullable(organizationId);
	}
}
