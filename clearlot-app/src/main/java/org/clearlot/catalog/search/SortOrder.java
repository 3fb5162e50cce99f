package org.clearlot.catalog.search;

import java.util.Locale;
import java.util.Optional;

/** Result orderings offered to buyers; {@code relevance} applies to text queries and falls back to newest. */
public enum SortOrder {
	RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, MILEAGE_ASC;

	public static Optional<SortOrder> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(RELEVANCE);
		}
		try {
			return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
