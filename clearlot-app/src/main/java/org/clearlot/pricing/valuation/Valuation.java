package org.clearlot.pricing.valuation;

import org.clearlot.pricing.model.Estimate;

/** A car's valuation as the API gives it: estimate and range in fen, comparables, and the model that made it. */
public record Valuation(long estimateFen, long lowFen, long highFen, int comparables, long modelVersion) {

	static Valuation of(Estimate estimate, long modelVersion) {
		return new Valuation(estimate.estimateFen(), estimate.lowFen(), estimate.highFen(), estimate.comparables(),
				modelVersion);
	}
}
