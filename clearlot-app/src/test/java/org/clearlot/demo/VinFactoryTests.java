package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.clearlot.catalog.Vin;
import org.junit.jupiter.api.Test;

class VinFactoryTests {

	@Test
	void usesIso3779YearCodes() {
		assertThat(VinFactory.yearCode(2012)).isEqualTo('C');
		assertThat(VinFactory.yearCode(2017)).isEqualTo('H');
		assertThat(VinFactory.yearCode(2018)).isEqualTo('J');
		assertThat(VinFactory.yearCode(2023)).isEqualTo('P');
		assertThat(VinFactory.yearCode(2024)).isEqualTo('R');
		assertThat(VinFactory.yearCode(2025)).isEqualTo('S');
		assertThatThrownBy(() -> VinFactory.yearCode(2009)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void makesValidUniqueVinsWithTheMakersPrefix() {
		VinFactory factory = new VinFactory(new Dice(7));
		Set<String> vins = new HashSet<>();
		for (ModelSpec model : ModelCatalog.ALL) {
			for (int i = 0; i < 200; i++) {
				String vin = factory.next(model, i % model.trims().size(), model.lastYear());
				assertThat(Vin.problemWith(vin)).as(vin).isEmpty();
				assertThat(vin).startsWith(model.wmi() + model.vds());
				assertThat(vin.charAt(10)).isEqualTo(model.plant());
				assertThat(vin.substring(11)).matches("[0-9]{6}");
				assertThat(vins.add(vin)).isTrue();
			}
		}
	}
}
