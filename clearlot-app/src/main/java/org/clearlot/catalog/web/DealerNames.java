package org.clearlot.catalog.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.OrganizationInfo;
import org.springframework.stereotype.Component;

/** Resolves dealer organization names for pages and API responses. */
@Component
class DealerNames {

	private final IdentityApi identity;

	DealerNames(IdentityApi identity) {
		this.identity = identity;
	}

	String of(UUID organization, Locale locale) {
		return identity.findOrganization(organization).map(o -> o.displayName(locale)).orElse("");
	}

	Map<UUID, OrganizationInfo> all(Collection<UUID> organizations) {
		return identity.organizations(organizations);
	}
}
