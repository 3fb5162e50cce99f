package org.clearlot.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the identity module. */
public interface IdentityApi {

	Optional<OrganizationInfo> findOrganization(UUID id);

	/** Organizations by id, for rendering many listings at once; unknown ids are simply absent. */
	Map<UUID, OrganizationInfo> organizations(Collection<UUID> ids);

	List<OrganizationInfo> organizationsOfKind(OrganizationKind kind);

	Optional<UserAccount> findUserByUsername(String username);

	OrganizationInfo createOrganization(NewOrganization organization);

	/**
	 * Creates a user whose password was chosen by the platform (demo or operator accounts), bypassing the strength
	 * policy that self-registration enforces. Fails with a conflict when the username is taken.
	 */
	UserAccount createAccount(NewAccount account);

	/** Data for a new organization. */
	record NewOrganization(String nameEn, String nameZh, OrganizationKind kind, String city) {
	}

	/** Data for a new user account. */
	record NewAccount(String username, String rawPassword, String displayName, Role role, UUID organizationId) {
	}
}
