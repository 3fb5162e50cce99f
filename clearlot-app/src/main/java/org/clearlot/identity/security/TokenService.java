package org.clearlot.identity.security;

import java.time.Instant;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.clearlot.identity.UserAccount;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues signed bearer tokens (HS256 JWT) naming the user, role and organization. */
@Component
public class TokenService {

	static final String ISSUER = "clearlot";

	private final JwtEncoder encoder;
	private final IdentityProperties properties;

	TokenService(TokenKeys keys, IdentityProperties properties) {
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(keys.key()));
		this.properties = properties;
	}

	public IssuedToken issue(UserAccount account) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
				.issuer(ISSUER)
				.subject(account.id().toString())
				.issuedAt(now)
				.expiresAt(now.plus(properties.tokenTtl()))
				.claim("preferred_username", account.username())
				.claim("name", account.displayName())
				.claim("role", account.role().name());
		if (account.organizationId() != null) {
			claims.claim("org", account.organizationId().toString());
		}
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String value = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new IssuedToken(value, properties.tokenTtl().toSeconds());
	}

	/** A bearer token and its lifetime in seconds. */
	public record IssuedToken(String value, long expiresInSeconds) {
	}
}
