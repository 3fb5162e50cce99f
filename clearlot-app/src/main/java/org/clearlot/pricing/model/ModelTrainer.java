package org.clearlot.pricing.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Trains a valuation model by five-fold cross-fitting: the rows are split into five folds by their listing (a
 * listing's asking price and its sale stay together), a model is fitted on each four fifths and predicts the fifth it
 * did not see, which gives the held-out error and the range; then one model is fitted on every row for cars the
 * platform has not listed. A listed car is valued by the fold model that did not learn from it, so its own asking
 * price cannot pull its estimate (a trim name no other car has would otherwise be fitted to that car's price).
 */
public final class ModelTrainer {

	static final int FOLDS = 5;

	private final TrainingSettings settings;
	private final Clock clock;

	public ModelTrainer(TrainingSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Trains model {@code version} on the rows; fails when there are too few rows to learn from. */
	public ValuationModel train(long version, List<TrainingRow> rows) {
		if (rows.size() < settings.minTrainingRows()) {
			throw new NotEnoughData(rows.size(), settings.minTrainingRows());
		}
		long started = System.nanoTime();
		List<LogPriceRegression> foldModels = new ArrayList<>();
		List<Double> ape = new ArrayList<>();
		List<Double> logResiduals = new ArrayList<>();
		for (int fold = 0; fold < FOLDS; fold++) {
			List<TrainingRow> fitting = new ArrayList<>();
			List<TrainingRow> heldOut = new ArrayList<>();
			for (TrainingRow row : rows) {
				(foldOf(row.group()) == fold ? heldOut : fitting).add(row);
			}
			LogPriceRegression model = LogPriceRegression.fit(fitting.isEmpty() ? rows : fitting, settings);
			foldModels.add(model);
			for (TrainingRow row : heldOut) {
				double actual = LogPriceRegression.logPrice(row);
				double predicted = model.predict(row.car(), row.sale());
				logResiduals.add(actual - predicted);
				ape.add(Math.abs(Math.exp(predicted - actual) - 1) * 100);
			}
		}
		HeldOutError error = HeldOutError.of(ape, logResiduals);
		LogPriceRegression regression = LogPriceRegression.fit(rows, settings);
		int sales = (int) rows.stream().filter(TrainingRow::sale).count();
		Instant trainedAt = clock.instant();
		ModelSummary summary = new ModelSummary(version, trainedAt, rows.size() - sales, sales, ape.size(),
				error.medianApePercent(), error.p90ApePercent(), error.lowLogResidual(), error.highLogResidual(),
				(System.nanoTime() - started) / 1_000_000);
		double lag = Median.withDefaults().evaluate(rows.stream().mapToDouble(TrainingRow::registrationLagYears).toArray());
		Map<String, Integer> rowsByGroup = new HashMap<>();
		rows.forEach(row -> rowsByGroup.merge(row.group(), 1, Integer::sum));
		return new ValuationModel(summary, regression, foldModels, new Comparables(rows, settings.comparableYears()),
				lag, rowsByGroup);
	}

	/** The cross-validation fold (0–4) of a listing's group, the same on every training. */
	public static int foldOf(String group) {
		return Math.floorMod(mix(group.hashCode()), FOLDS);
	}

	/** Spreads consecutive ids over the folds. */
	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/** Error on held-out rows: absolute percentage error percentiles and the log-residual range. */
	public record HeldOutError(double medianApePercent, double p90ApePercent, double lowLogResidual,
			double highLogResidual) {

		static HeldOutError of(List<Double> ape, List<Double> logResiduals) {
			if (ape.isEmpty()) {
				return new HeldOutError(Double.NaN, Double.NaN, -0.1, 0.1);
			}
			Quantile quantile = Quantile.withDefaults();
			double[] errors = ape.stream().mapToDouble(Double::doubleValue).toArray();
			double[] residuals = logResiduals.stream().mapToDouble(Double::doubleValue).toArray();
			return new HeldOutError(quantile.evaluate(errors, 0.5), quantile.evaluate(errors, 0.9),
					quantile.evaluate(residuals, 0.1), quantile.evaluate(residuals, 0.9));
		}
	}

	/** Thrown when the platform has fewer priced cars than a model needs. */
	public static final class NotEnoughData extends RuntimeException {

		NotEnoughData(int rows, int needed) {
			super("Only " + rows + " priced cars to learn from; a valuation model needs at least " + needed);
		}
	}
}
