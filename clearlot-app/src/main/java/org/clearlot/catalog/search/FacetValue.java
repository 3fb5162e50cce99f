package org.clearlot.catalog.search;

/**
 * One value of a facet with the number of active listings that have it, given the other active filters.
 * Range facets carry their bounds ({@code min} inclusive, {@code max} exclusive; null when open).
 */
public record FacetValue(String value, long count, Long min, Long max) {

	public static FacetValue term(String value, long count) {
		return new FacetValue(value, count, null, null);
	}
}
