package org.clearlot.identity.security;

import java.util.UUID;

import org.clearlot.identity.Role;
import org.clearlot.identity.UserAccount;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a verified bearer token into an authentication whose principal is the {@link UserAccount}. */
class JwtAccountConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String organization = jwt.getClaimAsString("org");
		UserAccount account = new UserAccount(UUID.fromString(jwt.getSubject()),
				jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("name"),
				Role.valueOf(jwt.getClaimAsString("role")),
				organization == null ? null : UUID.fromString(organization));
		return UsernamePasswordAuthenticationToken.authenticated(account, jwt, AccountPrincipal.authoritiesOf(account));
	}
}
