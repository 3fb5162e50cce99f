package org.clearlot.platform.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical text of signed content that a hash covers: JSON with properties and map keys in alphabetical order,
 * no insignificant whitespace, instants in ISO-8601 UTC. The same content always gives the same text, and reading
 * the text back gives the content.
 */
public final class CanonicalJson {

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.build();

	private CanonicalJson() {
	}

	public static String write(Object content) {
		return JSON.writeValueAsString(content);
	}

	public static <T> T read(String canonical, Class<T> type) {
		return JSON.readValue(canonical, type);
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	public static String sha256(String canonical) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
