package org.clearlot.pricing.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Trains a valuation model: fits on four fifths of the rows and measures the error on the fifth held out (chosen
 * by a hash of each row's id, so the same row is always held out), then fits again on every row for the model that
 * serves. The held-out residuals give estimates their range.
 */
public final class ModelTrainer {

	private static final int FOLDS = 5;

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
		List<TrainingRow> fitting = new ArrayList<>();
		List<TrainingRow> heldOut = new ArrayList<>();
		for (TrainingRow row : rows) {
			(isHeldOut(row) ? heldOut : fitting).add(row);
		}
		HeldOutError error = evaluate(LogPriceRegression.fit(fitting, settings), heldOut);
		LogPriceRegression regression = LogPriceRegression.fit(rows, settings);
		int sales = (int) rows.stream().filter(TrainingRow::sale).count();
		Instant trainedAt = clock.instant();
		ModelSummary summary = new ModelSummary(version, trainedAt, rows.size() - sales, sales, heldOut.size(),
				error.medianApePercent(), error.p90ApePercent(), error.lowLogResidual(), error.highLogResidual(),
				(System.nanoTime() - started) / 1_000_000);
		double lag = Median.withDefaults().evaluate(rows.stream().mapToDouble(TrainingRow::registrationLagYears).toArray());
		return new ValuationModel(summary, regression, new Comparables(rows, settings.comparableYears()), lag);
	}

	/** The error of a model fitted without {@code heldOut} on those rows. */
	static HeldOutError evaluate(LogPriceRegression model, List<TrainingRow> heldOut) {
		double[] ape = new double[heldOut.size()];
		double[] logResiduals = new double[heldOut.size()];
		for (int i = 0; i < heldOut.size(); i++) {
			TrainingRow row = heldOut.get(i);
			double actual = LogPriceRegression.logPrice(row);
			double predicted = model.predict(row.car(), row.sale());
			logResiduals[i] = actual - predicted;
			ape[i] = Math.abs(Math.exp(predicted - actual) - 1) * 100;
		}
		if (heldOut.isEmpty()) {
			return new HeldOutError(Double.NaN, Double.NaN, -0.1, 0.1);
		}
		Quantile quantile = Quantile.withDefaults();
		return new HeldOutError(quantile.evaluate(ape, 0.5), quantile.evaluate(ape, 0.9),
				quantile.evaluate(logResiduals, 0.1), quantile.evaluate(logResiduals, 0.9));
	}

	/** The error on {@code heldOut} of a model fitted on {@code fitting} with these settings (cross-validation). */
	public static HeldOutError crossCheck(List<TrainingRow> fitting, List<TrainingRow> heldOut, TrainingSettings settings) {
		return evaluate(LogPriceRegression.fit(fitting, settings), heldOut);
	}

	static boolean isHeldOut(TrainingRow row) {
		return Math.floorMod(mix(row.id().hashCode()), FOLDS) == 0;
	}

	/** Spreads consecutive ids over the folds. */
	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/** Error on held-out rows: absolute percentage error percentiles and the log-residual range. */
	public record HeldOutError(double medianApePercent, double p90ApePercent, double lowLogResidual,
			double highLogResidual) {
	}

	/** Thrown when the platform has fewer priced cars than a model needs. */
	public static final class NotEnoughData extends RuntimeException {

		NotEnoughData(int rows, int needed) {
			super("Only " + rows + " priced cars to learn from; a valuation model needs at least " + needed);
		}
	}
}
