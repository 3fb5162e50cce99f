package org.clearlot.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.clearlot.platform.ClearlotProperties;
import org.clearlot.platform.integrity.LocalSecrets;
import org.springframework.stereotype.Component;

/**
 * The sandbox's webhook signature, header {@code Sandbox-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">}: the way real providers sign webhooks. A signature older or newer than {@link #TOLERANCE} is refused,
 * so a captured delivery cannot be replayed later.
 */
@Component
class SandboxSignature {

	static final String HEADER = "Sandbox-Signature";
	static final Duration TOLERANCE = Duration.ofMinutes(5);
	private static final int KEY_BYTES = 32;

	private final SecretKeySpec key;

	SandboxSignature(SandboxProperties properties, ClearlotProperties platform) {
		byte[] bytes = LocalSecrets.configuredOrLocal(properties.webhookSecret(),
				platform.dataDir().resolve("keys").resolve("sandbox-webhook.key"), KEY_BYTES);
		if (bytes.length < KEY_BYTES) {
			throw new IllegalStateException("clearlot.payment.sandbox.webhook-secret must be at least 32 bytes (base64)");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	String sign(String body, Instant at) {
		long seconds = at.getEpochSecond();
		return "t=" + seconds + ",v1=" + hmac(seconds + "." + body);
	}

	/** Why the signature does not vouch for this body now; empty when it does. */
	Optional<String> problem(String header, String body, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.of("the " + HEADER + " header is missing");
		}
		Long seconds = null;
		String signature = null;
		for (String part : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
				seconds = Long.parseLong(pair[1]);
			}
			else if (pair.length == 2 && pair[0].equals("v1")) {
				signature = pair[1];
			}
		}
		if (seconds == null || signature == null) {
			return Optional.of("the " + HEADER + " header must be t=<unix seconds>,v1=<hex HMAC>");
		}
		if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
			return Optional.of("the signature's timestamp is more than " + TOLERANCE.toMinutes() + " minutes off");
		}
		byte[] expected = hmac(seconds + "." + body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("the signature does not match the body");
		}
		return Optional.empty();
	}

	private String hmac(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
		}
	}
}
