package org.clearlot.simulator.gbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.clearlot.gbt32960.DecodeResult;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Decoder;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.GeneralAlarm;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.simulator.AlarmFlag;
import org.clearlot.simulator.CellVoltages;
import org.clearlot.simulator.ChargingState;
import org.clearlot.simulator.ProbeTemperatures;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.VehicleState;
import org.junit.jupiter.api.Test;

class ReadingFramesTests {

	static Reading thermalEvent() {
		int[] cells = new int[96];
		java.util.Arrays.fill(cells, 3650);
		cells[40] = 420;
		int[] probes = new int[24];
		java.util.Arrays.fill(probes, 38);
		probes[5] = 171;
		return new Reading("LSVAU2A37K2100001", OffsetDateTime.parse("2026-07-02T14:03:07+08:00"), VehicleState.ON,
				ChargingState.NOT_CHARGING, 0, 48213.7, 351.2, 1.0, 62, 12,
				3.65, 0.42, 171, 38, 4, Collections.unmodifiableSet(EnumSet.of(AlarmFlag.THERMAL_EVENT,
						AlarmFlag.BATTERY_HIGH_TEMPERATURE, AlarmFlag.TEMPERATURE_DIFFERENCE, AlarmFlag.INSULATION)),
				31.230416, 121.473701, CellVoltages.ofMillivolts(cells), ProbeTemperatures.ofCelsius(probes));
	}

	static Realtime roundTrip(Realtime report, Revision revision) {
		byte[] bytes = new Gbt32960Encoder().encode(Frame.of(revision, "LSVAU2A37K2100001", report));
		DecodeResult result = new Gbt32960Decoder().decode(bytes);
		assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
		return (Realtime) ((DecodeResult.Decoded) result).frame().body();
	}

	@Test
	void a2025ThermalEventIsLevelFourWithBit23() {
		Realtime report = roundTrip(ReadingFrames.of(thermalEvent(), Revision.V2025, false).get(0), Revision.V2025);
		assertThat(report.alarm().maxLevel()).isEqualTo(4);
		assertThat(report.alarm().alarms()).contains(GeneralAlarm.THERMAL_EVENT, GeneralAlarm.INSULATION);
		assertThat(report.extremes()).isNull();
		assertThat(report.temperatures().get(0).raw()[5] & 0xFF).isEqualTo(171 + 40);
	}

	@Test
	void a2016ThermalEventIsLevelThreeWithHighTemperature() {
		List<Realtime> reports = ReadingFrames.of(thermalEvent(), Revision.V2016, false);
		assertThat(reports).hasSize(1);
		Realtime report = roundTrip(reports.get(0), Revision.V2016);
		assertThat(report.alarm().maxLevel()).isEqualTo(3);
		assertThat(report.alarm().alarms()).contains(GeneralAlarm.BATTERY_HIGH_TEMPERATURE).doesNotContain(GeneralAlarm.THERMAL_EVENT);
		assertThat(report.extremes().minVoltageCell()).isEqualTo(41);
		assertThat(report.extremes().maxTemperatureProbe()).isEqualTo(6);
		assertThat(report.vehicle().insulationKohm()).isEqualTo(12);
		assertThat(report.position().latitudeDeg()).isCloseTo(31.230416, org.assertj.core.api.Assertions.within(1e-6));
	}
}
