package org.clearlot.platform.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret keys an installation generates for itself when none is configured: created once from a secure random
 * source and kept base64-encoded, readable by the owner only, under the data directory, so they survive restarts and
 * are never in the repository.
 */
public final class LocalSecrets {

	private LocalSecrets() {
	}

	/** The configured key (base64) when given, else the one kept in {@code file}, created on first use. */
	public static byte[] configuredOrLocal(String configured, Path file, int bytes) {
		return configured == null || configured.isBlank() ? loadOrCreate(file, bytes)
				: Base64.getDecoder().decode(configured.strip());
	}

	public static byte[] loadOrCreate(Path file, int bytes) {
		try {
			if (Files.isRegularFile(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[bytes];
			new SecureRandom().nextBytes(key);
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
			restrictToOwner(file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key " + file, e);
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
