package org.clearlot.identity.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.clearlot.platform.ClearlotProperties;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs API bearer tokens. Taken from {@code clearlot.identity.token-secret} when set;
 * otherwise generated once with a secure random source and kept, readable by the owner only, in the data
 * directory so tokens survive a restart. The key is never in the repository.
 */
@Component
class TokenKeys {

	private static final int KEY_BYTES = 32;

	private final SecretKey key;

	TokenKeys(IdentityProperties identity, ClearlotProperties platform) {
		byte[] bytes = identity.tokenSecret().isBlank()
				? loadOrCreate(platform.dataDir().resolve("keys").resolve("token-hmac.key"))
				: Base64.getDecoder().decode(identity.tokenSecret().strip());
		if (bytes.length < KEY_BYTES) {
			throw new IllegalStateException("clearlot.identity.token-secret must be at least 32 bytes (base64)");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	SecretKey key() {
		return key;
	}

	private static byte[] loadOrCreate(Path file) {
		try {
			if (Files.isRegularFile(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			Files.createDirectories(file.getParent());
			byte[] bytes = new byte[KEY_BYTES];
			new SecureRandom().nextBytes(bytes);
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
			restrictToOwner(file);
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the token key " + file, e);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Non-POSIX file systems keep their default permissions.
		}
	}
}
