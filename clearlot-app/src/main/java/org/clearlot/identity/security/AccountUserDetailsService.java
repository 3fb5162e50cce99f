package org.clearlot.identity.security;

import org.clearlot.identity.account.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads enabled users for password authentication. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.credentials(username)
				.map(stored -> new AccountPrincipal(stored.account(), stored.passwordHash()))
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
