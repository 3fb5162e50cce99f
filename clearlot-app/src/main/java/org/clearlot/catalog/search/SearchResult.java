package org.clearlot.catalog.search;

import java.util.List;
import java.util.Map;

/** One page of search results with the facet counts. */
public record SearchResult(List<ListingCard> items, long total, int page, int size,
		Map<String, List<FacetValue>> facets) {

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
	}
}
