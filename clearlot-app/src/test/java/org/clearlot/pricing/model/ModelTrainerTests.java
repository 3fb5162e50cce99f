package org.clearlot.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clearlot.catalog.Powertrain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trainer on a synthetic market whose prices follow a rule the model is not told (each model its own new price
 * and yearly loss, mileage costs, flood cars lose a third, 3 % noise): it must learn the rule from the rows.
 */
class ModelTrainerTests {

	static final TrainingSettings SETTINGS = new TrainingSettings(1e-5, 0.01, 1e-3, 50, 2);
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
	static final String[][] MODELS = { { "Toyota", "Corolla", "ICE", "130000", "0.90" },
			{ "BYD", "Han EV", "BEV", "250000", "0.82" }, { "BMW", "3 Series", "ICE", "320000", "0.86" },
			{ "Li Auto", "L7", "PHEV", "330000", "0.88" }, { "Honda", "Accord", "HEV", "190000", "0.91" } };

	static List<TrainingRow> rows;
	static ValuationModel model;

	@BeforeAll
	static void train() {
		rows = market(1_000, new Random(7));
		model = new ModelTrainer(SETTINGS, CLOCK).train(4, rows);
	}

	@Test
	void learnsTheMarketsPricesWithinAFewPercentOnHeldOutCars() {
		ModelSummary summary = model.summary();
		assertThat(summary.version()).isEqualTo(4);
		assertThat(summary.trainedAt()).isEqualTo(CLOCK.instant());
		assertThat(summary.listingRows()).isEqualTo(1_000);
		assertThat(summary.heldOutRows()).as("every row predicted by a model that did not see it").isEqualTo(1_000);
		assertThat(summary.medianApePercent()).as("3 %% noise alone gives a median error of about 2 %%").isLessThan(4);
		assertThat(summary.lowLogResidual()).isNegative();
		assertThat(summary.highLogResidual()).isPositive();
	}

	@Test
	void estimatesFollowAgeMileageAndDamage() {
		CarFacts young = car(0, 1.0, 15_000, false);
		CarFacts old = car(0, 6.0, 90_000, false);
		CarFacts driven = car(0, 1.0, 60_000, false);
		CarFacts flooded = car(0, 1.0, 15_000, true);
		Estimate estimate = model.estimate(young);
		double truth = price(MODELS[0], 1.0, 15_000, false);
		assertThat(estimate.estimateFen() / truth).isBetween(0.95, 1.05);
		assertThat(estimate.lowFen()).isLessThan(estimate.estimateFen());
		assertThat(estimate.highFen()).isGreaterThan(estimate.estimateFen());
		assertThat(model.estimate(old).estimateFen()).isLessThan(estimate.estimateFen() * 6 / 10);
		assertThat(model.estimate(driven).estimateFen()).isLessThan(estimate.estimateFen());
		assertThat(model.estimate(flooded).estimateFen()).isLessThan(estimate.estimateFen() * 8 / 10);
	}

	@Test
	void countsComparablesOfTheSameModelWithinTheYearWindow() {
		CarFacts corolla2024 = car(0, 2.0, 30_000, false);
		long expected = rows.stream().filter(r -> r.car().model().equals("Corolla") && Math.abs(r.car().year() - 2024) <= 2)
				.count();
		assertThat(model.estimate(corolla2024).comparables()).isEqualTo(expected).isPositive();
		CarFacts unknown = new CarFacts("Lada", "Niva", null, 2020, 6, 90_000, "Wuhan", Powertrain.ICE, null, false,
				false, false, null);
		assertThat(model.estimate(unknown).comparables()).isZero();
	}

	@Test
	void aStoredModelEstimatesExactlyAsTheTrainedOne() {
		ValuationModel restored = ValuationModel.restore(model.snapshot(), SETTINGS.comparableYears());
		CarFacts car = car(1, 3.0, 45_000, false);
		assertThat(restored.estimate(car)).isEqualTo(model.estimate(car));
		assertThat(restored.summary()).isEqualTo(model.summary());
	}

	@Test
	void refusesToTrainOnTooFewCars() {
		assertThatThrownBy(() -> new ModelTrainer(SETTINGS, CLOCK).train(1, rows.subList(0, 49)))
				.isInstanceOf(ModelTrainer.NotEnoughData.class).hasMessageContaining("49");
	}

	@Test
	void foldsAreStableAndSpreadOverTheListings() {
		assertThat(ModelTrainer.foldOf("listing:42")).isEqualTo(ModelTrainer.foldOf("listing:42"));
		long[] perFold = new long[ModelTrainer.FOLDS];
		rows.forEach(row -> perFold[ModelTrainer.foldOf(row.group())]++);
		for (long count : perFold) {
			assertThat(count).isBetween(150L, 250L);
		}
	}

	@Test
	void aListedCarIsValuedByAModelThatDidNotLearnItsOwnPrice() {
		List<TrainingRow> market = new ArrayList<>(rows);
		CarFacts special = new CarFacts("Toyota", "Corolla", "Dealer Special 123", 2024, 2.0, 30_000, "Wuhan",
				Powertrain.ICE, 2, false, false, false, null);
		double truth = price(MODELS[0], 2.0, 30_000, false);
		market.add(new TrainingRow("listing:special", "listing:special", special, Math.round(truth * 1.5), false, 0.4));
		ValuationModel trained = new ModelTrainer(SETTINGS, CLOCK).train(5, market);

		Estimate asListed = trained.estimate(special, "listing:special");
		assertThat(asListed.estimateFen() / truth).as("valued at the market, not at its own asking price")
				.isBetween(0.9, 1.1);
		assertThat(asListed.comparables()).as("its own price is no comparable")
				.isEqualTo(trained.estimate(special).comparables() - 1);
		assertThat(trained.estimate(special).estimateFen()).as("the full model did learn it")
				.isGreaterThan(asListed.estimateFen());
	}

	@Test
	void absurdMileageGivesABoundedEstimate() {
		CarFacts wrecked = car(0, 0.5, 1_500_000, false);
		Estimate estimate = model.estimate(wrecked);
		assertThat(estimate.estimateFen()).isPositive().isLessThan(model.estimate(car(0, 0.5, 5_000, false)).estimateFen());
	}

	static List<TrainingRow> market(int size, Random random) {
		List<TrainingRow> market = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String[] spec = MODELS[random.nextInt(MODELS.length)];
			double age = 0.3 + random.nextDouble() * 7;
			int km = (int) (age * (8_000 + random.nextInt(14_000)));
			boolean flood = random.nextInt(25) == 0;
			long priceFen = Math.round(price(spec, age, km, flood) * Math.exp(random.nextGaussian() * 0.03));
			CarFacts car = new CarFacts(spec[0], spec[1], null, 2026 - (int) Math.floor(age), age, km,
					random.nextBoolean() ? "Wuhan" : "Shanghai", Powertrain.valueOf(spec[2]), flood ? 3 : 2, false, flood,
					false, null);
			market.add(new TrainingRow("listing:" + i, "listing:" + i, car, priceFen, false, 0.4));
		}
		return market;
	}

	static double price(String[] spec, double age, int km, boolean flood) {
		double yuan = Double.parseDouble(spec[3]) * 0.85 * Math.pow(Double.parseDouble(spec[4]), age)
				* (1 - 0.03 * (km - 15_000 * age) / 10_000) * (flood ? 0.65 : 1);
		return yuan * 100;
	}

	private static CarFacts car(int model, double age, int km, boolean flood) {
		String[] spec = MODELS[model];
		return new CarFacts(spec[0], spec[1], null, 2026 - (int) Math.floor(age), age, km, "Wuhan",
				Powertrain.valueOf(spec[2]), flood ? 3 : 2, false, flood, false, null);
	}
}
