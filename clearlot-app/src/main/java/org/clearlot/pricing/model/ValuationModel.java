package org.clearlot.pricing.model;

import java.util.List;
import java.util.Map;

/**
 * A trained valuation model: the fitted Tribuo regression of log price, the held-out residual range, the
 * comparables index and its summary. Immutable and safe to share between request threads.
 */
public final class ValuationModel {

	private final ModelSummary summary;
	/** Predictions are kept between ¥1,000 and ¥100,000,000, whatever the inputs. */
	private static final double MIN_LOG_YUAN = Math.log(1_000);
	private static final double MAX_LOG_YUAN = Math.log(100_000_000);

	private final LogPriceRegression regression;
	private final List<LogPriceRegression> foldModels;
	private final Comparables comparables;
	private final double typicalRegistrationLagYears;
	private final Map<String, Integer> rowsByGroup;

	ValuationModel(ModelSummary summary, LogPriceRegression regression, List<LogPriceRegression> foldModels,
			Comparables comparables, double typicalRegistrationLagYears, Map<String, Integer> rowsByGroup) {
		this.summary = summary;
		this.regression = regression;
		this.foldModels = List.copyOf(foldModels);
		this.comparables = comparables;
		this.typicalRegistrationLagYears = typicalRegistrationLagYears;
		this.rowsByGroup = Map.copyOf(rowsByGroup);
	}

	/** The estimate for a car the platform has not learnt from, with its range and comparables. */
	public Estimate estimate(CarFacts car) {
		return estimate(regression, car, comparables.count(car));
	}

	/**
	 * The estimate for the car of a listing ({@code group} {@code listing:<id>}): when the model learnt from that
	 * listing, the fold model that did not see it values it, and its own prices are not counted as comparables.
	 */
	public Estimate estimate(CarFacts car, String group) {
		Integer ownRows = rowsByGroup.get(group);
		if (ownRows == null || foldModels.isEmpty()) {
			return estimate(car);
		}
		return estimate(foldModels.get(ModelTrainer.foldOf(group)), car, Math.max(0, comparables.count(car) - ownRows));
	}

	private Estimate estimate(LogPriceRegression model, CarFacts car, int comparableCount) {
		double logYuan = Math.max(MIN_LOG_YUAN, Math.min(MAX_LOG_YUAN, model.predict(car)));
		double median = Math.exp(logYuan);
		return new Estimate(roundToHundredYuan(median), roundToHundredYuan(median * Math.exp(summary.lowLogResidual())),
				roundToHundredYuan(median * Math.exp(summary.highLogResidual())), comparableCount);
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
				foldModels.stream().map(fold -> fold.model().serialize().toByteArray()).toList(),
				foldModels.stream().map(LogPriceRegression::meanLogPrice).toList(), typicalRegistrationLagYears,
				comparables.counts(), rowsByGroup);
	}

	/** A stored model back in service; {@code comparableYears} is today's setting. */
	public static ValuationModel restore(ModelSnapshot snapshot, int comparableYears) {
		List<LogPriceRegression> folds = new java.util.ArrayList<>();
		for (int fold = 0; fold < snapshot.foldModels().size(); fold++) {
			folds.add(LogPriceRegression.restore(snapshot.foldModels().get(fold), snapshot.foldMeanLogPrices().get(fold)));
		}
		return new ValuationModel(snapshot.summary(), LogPriceRegression.restore(snapshot.tribuoModel(),
				snapshot.meanLogPrice()), folds, new Comparables(snapshot.comparables(), comparableYears),
				snapshot.registrationLagYears(), snapshot.rowsByGroup());
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
