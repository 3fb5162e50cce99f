package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.catalog.Powertrain;
import org.junit.jupiter.api.Test;

class PriceModelTests {

	private final PriceModel prices = new PriceModel();

	@Test
	void olderCarsAreCheaper() {
		ModelSpec lavida = model("Volkswagen", "Lavida", Powertrain.ICE);
		var trim = lavida.trims().get(0);
		long newer = prices.askingYuan(lavida, trim, 2020, 6, 90_000, 0);
		long older = prices.askingYuan(lavida, trim, 2016, 10, 150_000, 0);
		assertThat(older).isLessThan(newer);
		assertThat(newer % 100).isZero();
	}

	@Test
	void japaneseHybridsHoldValueBetterThanBatteryElectricCars() {
		ModelSpec camry = model("Toyota", "Camry", Powertrain.HEV);
		ModelSpec han = model("BYD", "Han EV", Powertrain.BEV);
		assertThat(PriceModel.retention(camry, 2021, 5)).isGreaterThan(PriceModel.retention(han, 2021, 5) + 0.15);
	}

	@Test
	void earlyBatteryElectricCarsAreCheap() {
		ModelSpec ev150 = model("BAIC", "EV150", Powertrain.BEV);
		long price = prices.askingYuan(ev150, ev150.trims().get(0), 2015, 11, 110_000, 0);
		assertThat(price).isBetween(2_000L, 20_000L);
	}

	@Test
	void highMileageLowersThePrice() {
		assertThat(PriceModel.mileageFactor(4, 60_000)).isEqualTo(1.0);
		assertThat(PriceModel.mileageFactor(4, 100_000)).isLessThan(0.95);
		assertThat(PriceModel.mileageFactor(4, 1_000_000)).isEqualTo(0.75);
	}

	private static ModelSpec model(String make, String model, Powertrain powertrain) {
		return ModelCatalog.ALL.stream()
				.filter(spec -> spec.make().equals(make) && spec.model().equals(model) && spec.powertrain() == powertrain)
				.findFirst().orElseThrow();
	}
}
