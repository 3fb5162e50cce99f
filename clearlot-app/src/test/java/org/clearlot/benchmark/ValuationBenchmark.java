package org.clearlot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.descriptive.Quantile;
import org.clearlot.pricing.model.Estimate;
import org.clearlot.pricing.model.ModelSummary;
import org.clearlot.pricing.model.ModelTrainer;
import org.clearlot.pricing.model.TrainingRow;
import org.clearlot.pricing.model.ValuationModel;
import org.clearlot.pricing.valuation.ModelTraining;
import org.clearlot.pricing.valuation.ValuationService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.awaitility.Awaitility.await;

/**
 * Valuation accuracy on the demo market (2,400 listings by default, seeded through the catalog like a real start,
 * with the demo inspections): five-fold cross-validation of the production training (each fold's model trained on
 * the other four fifths exactly as in service, then asked for the held-out listings' prices), reporting the median
 * and 90th-percentile absolute percentage error, how many held-out prices fall inside the estimate's range, and the
 * model the application trained at start-up. Writes the "valuation" section of docs/benchmarks.md.
 *
 * <p>Run with {@code mvn -B -pl clearlot-app -am test -Dtest=ValuationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (about two minutes, most of it seeding); {@code -Dbenchmark.listings=N} changes the market's size.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
		"clearlot.demo.enabled=true",
		"clearlot.demo.listings=${benchmark.listings:2400}",
		"clearlot.demo.battery-history-days=0",
		"clearlot.data-dir=target/benchmark-valuation-data-${random.uuid}",
		"clearlot.pricing.retrain-cron=-" })
class ValuationBenchmark {

	static final int LISTINGS = Integer.getInteger("benchmark.listings", 2_400);
	static final int FOLDS = 5;

	@Autowired
	ModelTraining training;

	@Autowired
	ValuationService valuations;

	@Test
	void medianErrorOnHeldOutDemoListings() throws Exception {
		await().atMost(java.time.Duration.ofMinutes(3)).until(() -> valuations.current().isPresent());
		ModelSummary served = valuations.current().orElseThrow().summary();
		List<TrainingRow> rows = new ArrayList<>(training.trainingRows());
		ModelTrainer trainer = new ModelTrainer(training.properties().training(), Clock.systemUTC());
		List<Double> errors = new ArrayList<>();
		int insideRange = 0;
		long trainingMillis = 0;
		for (int fold = 0; fold < FOLDS; fold++) {
			List<TrainingRow> fitting = new ArrayList<>();
			List<TrainingRow> heldOut = new ArrayList<>();
			for (TrainingRow row : rows) {
				(ModelTrainer.foldOf(row.group()) == fold ? heldOut : fitting).add(row);
			}
			long started = System.nanoTime();
			ValuationModel model = trainer.train(fold + 1, fitting);
			trainingMillis += (System.nanoTime() - started) / 1_000_000;
			for (TrainingRow row : heldOut) {
				Estimate estimate = model.estimate(row.car());
				errors.add(Math.abs(estimate.estimateFen() - row.priceFen()) * 100.0 / row.priceFen());
				insideRange += row.priceFen() >= estimate.lowFen() && row.priceFen() <= estimate.highFen() ? 1 : 0;
			}
		}
		double[] ape = errors.stream().mapToDouble(Double::doubleValue).toArray();
		double median = Quantile.withDefaults().evaluate(ape, 0.5);
		double p90 = Quantile.withDefaults().evaluate(ape, 0.9);
		String report = String.format("Measured %s on %s.%n%n"
				+ "Demo market of %,d generated listings (%,d on sale and learnt from), five-fold cross-validation: each "
				+ "fold's model trained like the served one on the other four fifths (folds by listing, so a listing's "
				+ "prices stay on one side), error = |estimate − asking price| / asking price on the held-out fifth. "
				+ "Target: median ≤ 8 %%.%n%n"
				+ "| measure | value |%n|---|---:|%n"
				+ "| median absolute percentage error (5-fold) | %.2f %% |%n"
				+ "| 90th percentile absolute percentage error (5-fold) | %.2f %% |%n"
				+ "| held-out prices inside the estimate's range (10th–90th percentile) | %.0f %% |%n"
				+ "| training time per fold (six fits: five cross-fitting models and the final one) | %d ms |%n"
				+ "| model trained at start-up: version %d, held-out median error | %.2f %% |%n",
				LocalDate.now(), SearchBenchmark.Machine.describe(), LISTINGS, rows.size(), median, p90,
				insideRange * 100.0 / ape.length, trainingMillis / FOLDS, served.version(), served.medianApePercent());
		System.out.println(report);
		BenchmarkReport.write(Path.of("..", "docs", "benchmarks.md"), "valuation", report);
		assertThat(median).as("median absolute percentage error").isLessThanOrEqualTo(8);
	}
}
