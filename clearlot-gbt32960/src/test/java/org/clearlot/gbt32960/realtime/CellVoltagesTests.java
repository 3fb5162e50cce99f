package org.clearlot.gbt32960.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.junit.jupiter.api.Test;

/** Cell voltage blocks, their 2016 split and the extremes derived from them. */
class CellVoltagesTests {

	@Test
	void aBlockThatFitsIsNotSplit() {
		CellVoltages whole = CellVoltages.of(Revision.V2016, 1, 372.5, -41.3, new int[] {3900, 3901});
		assertThat(whole.split(200)).containsExactly(whole);
		assertThat(whole.complete()).isTrue();
		assertThat(whole.packCurrentA()).isCloseTo(-41.3, within(1e-9));
	}

	@Test
	void partsKnowTheirPlace() {
		CellVoltages whole = CellVoltages.of(Revision.V2016, 2, 400, 0, new int[5]);
		List<CellVoltages> parts = whole.split(2);
		assertThat(parts).extracting(CellVoltages::startIndex).containsExactly(1, 3, 5);
		assertThat(parts).extracting(CellVoltages::totalCells).containsOnly(5);
		assertThat(parts).noneMatch(CellVoltages::complete);
	}

	@Test
	void extremesAreDerivedFromTheListsSkippingSentinels() {
		List<CellVoltages> cells = List.of(
				new CellVoltages(Revision.V2025, 1, 0, 0, 3, 1, new int[] {3900, 0xFFFF, 3850}),
				new CellVoltages(Revision.V2025, 2, 0, 0, 2, 1, new int[] {4010, 0xFFFE}));
		List<ProbeTemperatures> probes = List.of(ProbeTemperatures.ofCelsius(1, 25, 31),
				new ProbeTemperatures(2, new byte[] {(byte) 0xFF, 50}));
		ExtremesData extremes = ExtremesData.derive(cells, probes);
		assertThat(extremes.maxVoltageSubsystem()).isEqualTo(2);
		assertThat(extremes.maxVoltageCell()).isEqualTo(1);
		assertThat(extremes.maxCellVoltageV()).isCloseTo(4.010, within(1e-9));
		assertThat(extremes.minVoltageSubsystem()).isEqualTo(1);
		assertThat(extremes.minVoltageCell()).isEqualTo(3);
		assertThat(extremes.minCellVoltageV()).isCloseTo(3.850, within(1e-9));
		assertThat(extremes.maxTemperatureC()).isEqualTo(31);
		assertThat(extremes.minTemperatureSubsystem()).isEqualTo(2);
		assertThat(extremes.minTemperatureProbe()).isEqualTo(2);
		assertThat(extremes.minTemperatureC()).isEqualTo(10);
	}

	@Test
	void extremesOfNothingAreInvalid() {
		ExtremesData extremes = ExtremesData.derive(List.of(), List.of());
		assertThat(extremes.maxCellVoltageV()).isNaN();
		assertThat(extremes.minTemperatureC()).isNaN();
		assertThat(Sentinel.ofByte(extremes.maxVoltageCell())).isEqualTo(Sentinel.INVALID);
	}

	@Test
	void probeTemperaturesConvertWholeDegrees() {
		ProbeTemperatures probes = ProbeTemperatures.ofCelsius(3, -40, 0, 213);
		assertThat(probes.rawAt(0)).isZero();
		assertThat(probes.rawAt(2)).isEqualTo(253);
		assertThat(probes.celsius(1)).isZero();
	}
}
