package org.clearlot.simulator.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OcvCurveTests {

	@Test
	void bothCurvesRiseWithSoc() {
		for (OcvCurve curve : new OcvCurve[] { OcvCurve.NMC, OcvCurve.LFP }) {
			for (int i = 1; i <= 100; i++) {
				assertThat(curve.voltage(i / 100.0)).isGreaterThan(curve.voltage((i - 1) / 100.0));
			}
		}
	}

	@Test
	void lfpIsFlatInTheMiddleAndNmcIsNot() {
		assertThat(OcvCurve.LFP.slope(0.6)).isLessThan(0.15);
		assertThat(OcvCurve.NMC.slope(0.6)).isGreaterThan(0.6);
		assertThat(OcvCurve.NMC.voltage(1.0)).isCloseTo(4.19, within(1e-9));
		assertThat(OcvCurve.LFP.voltage(0.5)).isCloseTo(3.296, within(1e-9));
	}

	@Test
	void normalQuantilesAreSymmetric() {
		assertThat(NormalTable.inverseCdf(0.5)).isCloseTo(0, within(1e-9));
		assertThat(NormalTable.inverseCdf(0.975)).isCloseTo(1.959964, within(1e-5));
		Rng rng = new Rng(7);
		double sum = 0;
		double squares = 0;
		for (int i = 0; i < 100_000; i++) {
			double x = rng.gaussian();
			sum += x;
			squares += x * x;
		}
		assertThat(sum / 100_000).isCloseTo(0, within(0.02));
		assertThat(squares / 100_000).isCloseTo(1, within(0.02));
	}
}
