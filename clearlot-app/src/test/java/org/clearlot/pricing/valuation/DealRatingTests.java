package org.clearlot.pricing.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.catalog.Powertrain;
import org.clearlot.pricing.PricingProperties.DealBands;
import org.clearlot.pricing.model.CarFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deal rating's bands at and around each threshold, and which cars are excluded from rating. */
class DealRatingTests {

	static final DealBands BANDS = new DealBands(-10, -4, 4, 10);

	@ParameterizedTest(name = "{0} fen against 100,000 → {1}")
	@CsvSource({ "8000000, GREAT", "9000000, GREAT", "9000100, GOOD", "9600000, GOOD", "9600100, FAIR",
			"10000000, FAIR", "10400000, FAIR", "10400100, HIGH", "11000000, HIGH", "11000100, OVERPRICED",
			"20000000, OVERPRICED" })
	void ratesThePriceByItsDistanceFromTheEstimate(long priceFen, DealRating expected) {
		assertThat(DealRating.of(priceFen, 10_000_000, BANDS)).isEqualTo(expected);
	}

	@Test
	void theBandsComeFromTheSettings() {
		DealBands strict = new DealBands(-2, -1, 1, 2);
		assertThat(DealRating.of(10_150_000, 10_000_000, strict)).isEqualTo(DealRating.HIGH);
		assertThat(DealRating.of(10_150_000, 10_000_000, BANDS)).isEqualTo(DealRating.FAIR);
	}

	@Test
	void damagedCarsAndCarsWithFewComparablesAreNotRated() {
		assertThat(Exclusion.of(car(true, false, false), 50, 3)).contains(Exclusion.ACCIDENT);
		assertThat(Exclusion.of(car(false, true, false), 50, 3)).contains(Exclusion.FLOOD);
		assertThat(Exclusion.of(car(false, false, true), 50, 3)).contains(Exclusion.FIRE);
		assertThat(Exclusion.of(car(true, true, true), 0, 3)).as("damage is named first").contains(Exclusion.ACCIDENT);
		assertThat(Exclusion.of(car(false, false, false), 2, 3)).contains(Exclusion.FEW_COMPARABLES);
		assertThat(Exclusion.of(car(false, false, false), 3, 3)).isEmpty();
		assertThat(Exclusion.FEW_COMPARABLES.english(3)).contains("Fewer than 3");
	}

	private static CarFacts car(boolean accident, boolean flood, boolean fire) {
		return new CarFacts("BYD", "Han EV", null, 2022, 2.5, 40_000, "Wuhan", Powertrain.BEV, accident ? 5 : 2,
				accident, flood, fire, 93.0);
	}
}
