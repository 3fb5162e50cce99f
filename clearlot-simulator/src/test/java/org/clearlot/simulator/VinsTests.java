package org.clearlot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.simulator.physics.Rng;
import org.junit.jupiter.api.Test;

class VinsTests {

	@Test
	void knownVinsPassAndAlteredOnesFail() {
		assertThat(Vins.isValid("1M8GDM9AXKP042788")).isTrue();
		assertThat(Vins.isValid("1M8GDM9A1KP042788")).isFalse();
		assertThat(Vins.isValid("1M8GDM9AXKP04278")).isFalse();
		assertThat(Vins.isValid("IM8GDM9AXKP042788")).isFalse();
	}

	@Test
	void generatedVinsHaveValidCheckDigits() {
		Rng rng = new Rng(1);
		for (int i = 0; i < 1000; i++) {
			String vin = Vins.random(rng, 2020 + i % 6);
			assertThat(Vins.isValid(vin)).as(vin).isTrue();
		}
	}

	@Test
	void generatedPackCodesHave24Characters() {
		assertThat(Fleet.generate(3, FleetTests.EPOCH, 20).vehicles())
				.allSatisfy(v -> assertThat(v.pack().packCode()).hasSize(24).startsWith("0").contains("P"));
	}
}
