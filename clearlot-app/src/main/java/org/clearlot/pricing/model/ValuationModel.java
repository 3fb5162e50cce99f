package org.clearlot.pricing.model;

import java.util.Map;

/**
 * A trained valuation model: the fitted Tribuo regression of log price, the held-out residual range, the
 * comparables index and its summary. Immutable and safe to share between request threads.
 */
public final class ValuationModel {

	private final ModelSummary summary;
	private final LogPriceRegression regression;
	private final Comparables comparables;
	private final double typicalRegistrationLagYears;

	ValuationModel(ModelSummary summary, LogPriceRegression regression, Comparables comparables,
			double typicalRegistrationLagYears) {
		this.summary = summary;
		this.regression = regression;
		this.comparables = comparables;
		this.typicalRegistrationLagYears = typicalRegistrationLagYears;
	}

	/** The estimate of the asking price of this car on the platform, with its range and comparables. */
	public Estimate estimate(CarFacts car) {
		double median = Math.exp(regression.predict(car));
		return new Estimate(roundToHundredYuan(median), roundToHundredYuan(median * Math.exp(summary.lowLogResidual())),
				roundToHundredYuan(median * Math.exp(summary.highLogResidual())), comparables.count(car));
	}

	public ModelSummary summary() {
		return summary;
	}

	public long version() {
		return summary.version();
	}

	/**
	 * How long after the start of their model year the training cars were typically (median) first registered:
	 * the age of a car known only by its model year is reckoned from then.
	 */
	public double typicalRegistrationLagYears() {
		return typicalRegistrationLagYears;
	}

	/** The model in storable form. */
	public ModelSnapshot snapshot() {
		return new ModelSnapshot(summary, regression.model().serialize().toByteArray(), regression.meanLogPrice(),
				typicalRegistrationLagYears, comparables.counts());
	}

	/** A stored model back in service; {@code comparableYears} is today's setting. */
	public static ValuationModel restore(ModelSnapshot snapshot, int comparableYears) {
		return new ValuationModel(snapshot.summary(), LogPriceRegression.restore(snapshot.tribuoModel(),
				snapshot.meanLogPrice()), new Comparables(snapshot.comparables(), comparableYears),
				snapshot.registrationLagYears());
	}

	/** Model years with training cars of this make and model, and how many each. */
	public java.util.SortedMap<Integer, Integer> modelYears(String make, String model) {
		return new java.util.TreeMap<>(comparables.counts().getOrDefault(CarFacts.key(make) + "|" + CarFacts.key(model),
				Map.of()));
	}

	/** Yuan as fen, to the nearest ¥100: a valuation is not more precise than that. */
	private static long roundToHundredYuan(double yuan) {
		return Math.max(1, Math.round(yuan / 100)) * 100 * 100;
	}
}
