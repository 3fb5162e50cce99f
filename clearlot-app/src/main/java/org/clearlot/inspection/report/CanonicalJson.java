package org.clearlot.inspection.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical text of a report that its hash covers: JSON with properties and map keys in alphabetical order, no
 * insignificant whitespace, instants in ISO-8601 UTC. The same content always gives the same text, and reading the
 * text back gives the content.
 */
final class CanonicalJson {

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.build();

	private CanonicalJson() {
	}

	static String write(ReportContent content) {
		return JSON.writeValueAsString(content);
	}

	static ReportContent read(String canonical) {
		return JSON.readValue(canonical, ReportContent.class);
	}

	static String sha256(String canonical) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
