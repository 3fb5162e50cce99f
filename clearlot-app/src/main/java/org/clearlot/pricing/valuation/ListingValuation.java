package org.clearlot.pricing.valuation;

/**
 * A listing's valuation: its asking price against the estimate, with the deal rating, or, when the listing is
 * excluded from rating, a null rating and the exclusion with its reason.
 *
 * @param deviationPercent how far the asking price lies above (positive) or below the estimate
 */
public record ListingValuation(long listingId, long priceFen, long estimateFen, long lowFen, long highFen,
		int comparables, long modelVersion, DealRating dealRating, double deviationPercent, Exclusion exclusion,
		String exclusionReason) {
}
