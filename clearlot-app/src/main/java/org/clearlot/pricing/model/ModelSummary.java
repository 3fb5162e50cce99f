package org.clearlot.pricing.model;

import java.time.Instant;

/**
 * What is known of a trained model: its version, when it was trained, on how many rows, and its error on the
 * held-out fifth of them (median and 90th-percentile absolute percentage error; the 10th and 90th percentile of
 * the held-out log residuals, from which estimates get their range).
 */
public record ModelSummary(long version, Instant trainedAt, int listingRows, int saleRows, int heldOutRows,
		double medianApePercent, double p90ApePercent, double lowLogResidual, double highLogResidual,
		long trainingMillis) {

	public int trainingRows() {
		return listingRows + saleRows;
	}
}
