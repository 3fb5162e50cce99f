package org.clearlot.identity;

import java.util.Optional;

import org.clearlot.identity.security.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user making the current request, whether they signed in on the web or sent a bearer token. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<UserAccount> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return AccountPrincipal.accountOf(authentication.getPrincipal());
	}

	/** The current user; only call where the security configuration already requires authentication. */
	public static UserAccount require() {
		return get().orElseThrow(() -> new IllegalStateException("No authenticated user on this request"));
	}
}
