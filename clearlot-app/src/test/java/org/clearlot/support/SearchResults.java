package org.clearlot.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/** Reading search answers in tests, and names no demo car has. */
public final class SearchResults {

	private SearchResults() {
	}

	/** One facet's counts of a search answer, by value. */
	public static Map<String, Long> counts(JsonNode result, String facet) {
		Map<String, Long> counts = new HashMap<>();
		result.get("facets").get(facet).forEach(v -> counts.put(v.get("value").asString(), v.get("count").asLong()));
		return counts;
	}

	/** Random lower-case letters, for makes and words that match only a test's own listings. */
	public static String randomLetters(Random random, int length) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
