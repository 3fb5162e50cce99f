package org.clearlot.identity.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.clearlot.identity.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A web-session principal carrying the signed-in {@link UserAccount}. */
public record AccountPrincipal(UserAccount account, String passwordHash) implements UserDetails {

	/** The account behind any principal Clearlot puts into the security context. */
	public static Optional<UserAccount> accountOf(Object principal) {
		if (principal instanceof AccountPrincipal web) {
			return Optional.of(web.account());
		}
		if (principal instanceof UserAccount api) {
			return Optional.of(api);
		}
		return Optional.empty();
	}

	static List<GrantedAuthority> authoritiesOf(UserAccount account) {
		return List.of(new SimpleGrantedAuthority(account.role().authority()));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(account);
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + account.username() + "]";
	}
}
