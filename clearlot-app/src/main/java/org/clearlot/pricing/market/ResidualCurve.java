package org.clearlot.pricing.market;

import org.clearlot.catalog.Powertrain;

/**
 * One line of a residual-value chart: a model of car (or a powertrain's average), how many are listed, and the
 * share of its one-year-old value it keeps at each age 1…8 (percent; null where the platform has no cars of that
 * model year).
 */
public record ResidualCurve(String label, Powertrain powertrain, int listings, Double[] percentByAge) {

	/** The same curve under another label (the reader's language). */
	public ResidualCurve labelled(String newLabel) {
		return new ResidualCurve(newLabel, powertrain, listings, percentByAge);
	}
}
