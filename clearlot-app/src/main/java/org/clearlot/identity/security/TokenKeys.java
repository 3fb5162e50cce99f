package org.clearlot.identity.security;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.clearlot.platform.ClearlotProperties;
import org.clearlot.platform.integrity.LocalSecrets;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs API bearer tokens. Taken from {@code clearlot.identity.token-secret} when set;
 * otherwise generated once and kept in the data directory ({@link LocalSecrets}) so tokens survive a restart. The
 * key is never in the repository.
 */
@Component
class TokenKeys {

	private static final int KEY_BYTES = 32;

	private final SecretKey key;

	TokenKeys(IdentityProperties identity, ClearlotProperties platform) {
		byte[] bytes = LocalSecrets.configuredOrLocal(identity.tokenSecret(),
				platform.dataDir().resolve("keys").resolve("token-hmac.key"), KEY_BYTES);
		if (bytes.length < KEY_BYTES) {
			throw new IllegalStateException("clearlot.identity.token-secret must be at least 32 bytes (base64)");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	SecretKey key() {
		return key;
	}
}
