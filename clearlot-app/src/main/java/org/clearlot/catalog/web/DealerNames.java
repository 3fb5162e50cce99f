package org.clearlot.catalog.web;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.OrganizationInfo;
import org.springframework.stereotype.Component;

/**
 * Resolves dealer organization names for pages and API responses. Names are cached for ten minutes: every search
 * page shows up to 20 dealers, and organizations are renamed rarely.
 */
@Component
class DealerNames {

	private final IdentityApi identity;
	private final Cache<UUID, Optional<OrganizationInfo>> cache = Caffeine.newBuilder()
			.maximumSize(50_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build();

	DealerNames(IdentityApi identity) {
		this.identity = identity;
	}

	String of(UUID organization, Locale locale) {
		return all(List.of(organization)).values().stream().findFirst().map(o -> o.displayName(locale)).orElse("");
	}

	Map<UUID, OrganizationInfo> all(Collection<UUID> organizations) {
		Map<UUID, Optional<OrganizationInfo>> found = cache.getAll(organizations, missing -> {
			Map<UUID, OrganizationInfo> loaded = identity.organizations(new java.util.HashSet<>(missing));
			Map<UUID, Optional<OrganizationInfo>> result = new HashMap<>();
			missing.forEach(id -> result.put(id, Optional.ofNullable(loaded.get(id))));
			return result;
		});
		Map<UUID, OrganizationInfo> present = new HashMap<>();
		found.forEach((id, info) -> info.ifPresent(value -> present.put(id, value)));
		return present;
	}
}
