package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.vehicle.BatteryChemistry;
import org.clearlot.catalog.vehicle.MakeNames;
import org.clearlot.catalog.vehicle.Transmission;
import org.clearlot.demo.ModelSpec.Pack;
import org.clearlot.demo.ModelSpec.Trim;
import org.junit.jupiter.api.Test;

class ModelCatalogTests {

	@Test
	void everyMakeHasAChineseName() {
		assertThat(ModelCatalog.ALL).allSatisfy(model -> assertThat(
				MakeNames.make(model.make(), Locale.SIMPLIFIED_CHINESE)).as(model.make()).isNotEqualTo(model.make()));
	}

	@Test
	void everyModelYearHasATrimAndValidCodes() {
		Set<String> descriptors = new HashSet<>();
		for (ModelSpec model : ModelCatalog.ALL) {
			assertThat(model.firstYear()).as(model.model()).isBetween(2012, model.lastYear());
			assertThat(model.lastYear()).isLessThanOrEqualTo(2025);
			for (int year = model.firstYear(); year <= model.lastYear(); year++) {
				assertThat(model.trimsFor(year)).as(model.model() + " " + year).isNotEmpty();
			}
			assertThat(model.wmi() + model.vds() + model.plant()).as(model.model()).matches("L[0-9A-HJ-NPR-Z]{7}");
			assertThat(descriptors.add(model.wmi() + model.vds())).as(model.model()).isTrue();
			assertThat(model.weight()).isPositive();
		}
	}

	@Test
	void drivetrainFactsMatchThePowertrain() {
		Set<String> transmissions = names(Transmission.values());
		Set<String> chemistries = names(BatteryChemistry.values());
		for (ModelSpec model : ModelCatalog.ALL) {
			for (Trim trim : model.trims()) {
				String name = model.model() + " " + trim.name();
				assertThat(transmissions).as(name).contains(trim.transmission());
				assertThat(trim.msrpYuan()).as(name).isBetween(20_000L, 1_000_000L);
				assertThat(trim.displacementMl() != null).as(name).isEqualTo(model.powertrain() != Powertrain.BEV);
				assertThat(trim.pack() != null).as(name).isEqualTo(model.powertrain().hasTractionBattery());
				assertThat(trim.rangeKm() != null).as(name).isEqualTo(model.powertrain().hasTractionBattery());
				if (trim.pack() != null) {
					assertThat(chemistries).as(name).contains(trim.pack().chemistry());
					assertThat(trim.pack().supplier()).matches("[0-9A-Z]{3}");
					double kWh = trim.pack().kWh();
					assertThat(kWh).as(name).isBetween(model.powertrain() == Powertrain.BEV ? 9.0 : 8.0, 105.0);
					// no more than 8.5 km per kWh (MINI EV, CLTC), no less than 4 for pure electric driving
					assertThat(trim.rangeKm() / kWh).as(name).isBetween(4.0, 13.0);
				}
			}
		}
	}

	@Test
	void packsMatchPublishedEnergy() {
		assertThat(pack("Tesla", "Model 3", "RWD").capacityAh()).isEqualByComparingTo("173.0");
		assertThat(pack("Tesla", "Model 3", "RWD").voltageV()).isEqualByComparingTo("346.0");
		assertThat(pack("BYD", "Han EV", "605km Flagship").kWh()).isCloseTo(76.9, within(0.1));
		assertThat(pack("BYD", "Dolphin", "405km Fashion").kWh()).isCloseTo(44.9, within(0.1));
		assertThat(pack("BAIC", "EV150", "Comfort").kWh()).isCloseTo(25.6, within(0.1));
		assertThat(pack("BYD", "Han EV", "605km Flagship").chemistry()).isEqualTo("LFP");
	}

	private static Pack pack(String make, String model, String trim) {
		return ModelCatalog.ALL.stream()
				.filter(spec -> spec.make().equals(make) && spec.model().equals(model))
				.flatMap(spec -> spec.trims().stream())
				.filter(candidate -> candidate.name().equals(trim))
				.findFirst().orElseThrow().pack();
	}

	private static Set<String> names(Enum<?>[] values) {
		Set<String> names = new HashSet<>();
		Arrays.stream(values).forEach(value -> names.add(value.name()));
		return names;
	}
}
