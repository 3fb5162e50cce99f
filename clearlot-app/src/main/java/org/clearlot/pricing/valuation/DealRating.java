package org.clearlot.pricing.valuation;

import org.clearlot.pricing.PricingProperties.DealBands;

/** How an asking price compares with the estimate, from a great deal to overpriced. */
public enum DealRating {
	GREAT, GOOD, FAIR, HIGH, OVERPRICED;

	/** The rating of {@code priceFen} against {@code estimateFen} in the configured bands. */
	public static DealRating of(long priceFen, long estimateFen, DealBands bands) {
		double deviation = deviationPercent(priceFen, estimateFen);
		if (deviation <= bands.greatBelow()) {
			return GREAT;
		}
		if (deviation <= bands.goodBelow()) {
			return GOOD;
		}
		if (deviation <= bands.fairUpTo()) {
			return FAIR;
		}
		return deviation <= bands.highUpTo() ? HIGH : OVERPRICED;
	}

	/** How far the price lies above (positive) or below (negative) the estimate, in percent. */
	public static double deviationPercent(long priceFen, long estimateFen) {
		return (priceFen - estimateFen) * 100.0 / estimateFen;
	}
}
