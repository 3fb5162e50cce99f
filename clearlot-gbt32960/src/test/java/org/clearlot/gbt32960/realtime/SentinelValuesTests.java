package org.clearlot.gbt32960.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.SampleFrames;
import org.clearlot.gbt32960.TestFrames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reserved codes of each field width, sent through real frames: the physical accessors give {@code NaN} for
 * abnormal and invalid, {@link Sentinel} tells them apart, and codes one below are ordinary values.
 */
class SentinelValuesTests {

	@ParameterizedTest(name = "BYTE {0}: {1}")
	@CsvSource({"0, VALUE", "FD, VALUE", "FE, ABNORMAL", "FF, INVALID"})
	void byteFields(String hex, Sentinel expected) {
		int raw = Integer.parseInt(hex, 16);
		VehicleData vehicle = roundTrip(Revision.V2016, raw, 0, 0).vehicle();
		MotorData motor = roundTrip(Revision.V2016, raw, 0, 0).motors().get(0);
		assertThat(Sentinel.ofByte(vehicle.soc())).isEqualTo(expected);
		assertThat(Double.isNaN(vehicle.socPercent())).isEqualTo(expected != Sentinel.VALUE);
		assertThat(Double.isNaN(motor.temperatureC())).isEqualTo(expected != Sentinel.VALUE);
	}

	@ParameterizedTest(name = "WORD {0}: {1}")
	@CsvSource({"0, VALUE", "FEFE, VALUE", "FFFD, VALUE", "FFFE, ABNORMAL", "FFFF, INVALID"})
	void wordFields(String hex, Sentinel expected) {
		int raw = Integer.parseInt(hex, 16);
		for (Revision revision : Revision.values()) {
			Realtime report = roundTrip(revision, 0, raw, 0);
			assertThat(Sentinel.ofWord(report.vehicle().speed())).isEqualTo(expected);
			assertThat(Double.isNaN(report.vehicle().speedKmh())).isEqualTo(expected != Sentinel.VALUE);
			assertThat(Double.isNaN(report.vehicle().packCurrentA())).isEqualTo(expected != Sentinel.VALUE);
			assertThat(Double.isNaN(report.motors().get(0).speedRpm())).isEqualTo(expected != Sentinel.VALUE);
			assertThat(Double.isNaN(report.cellVoltages().get(0).volts(0))).isEqualTo(expected != Sentinel.VALUE);
		}
	}

	@ParameterizedTest(name = "DWORD {0}: {1}")
	@CsvSource({"0, VALUE", "FFFFFFFD, VALUE", "FFFFFFFE, ABNORMAL", "FFFFFFFF, INVALID"})
	void dwordFields(String hex, Sentinel expected) {
		long raw = Long.parseLong(hex, 16);
		Realtime report = roundTrip(Revision.V2025, 0, 0, raw);
		assertThat(Sentinel.ofDword(report.vehicle().odometer())).isEqualTo(expected);
		assertThat(Double.isNaN(report.vehicle().odometerKm())).isEqualTo(expected != Sentinel.VALUE);
		assertThat(Double.isNaN(report.motors().get(0).torqueNm())).isEqualTo(expected != Sentinel.VALUE);
		assertThat(Double.isNaN(report.position().latitudeDeg())).isEqualTo(expected != Sentinel.VALUE);
	}

	@ParameterizedTest(name = "absent {0}")
	@CsvSource({"-1"})
	void fieldsARevisionLacks(int raw) {
		VehicleData vehicle = roundTrip(Revision.V2025, 0, 0, 0).vehicle();
		assertThat(vehicle.accelerator()).isEqualTo(raw);
		assertThat(Sentinel.ofByte(vehicle.accelerator())).isEqualTo(Sentinel.ABSENT);
		assertThat(Sentinel.ofWord(raw)).isEqualTo(Sentinel.ABSENT);
		assertThat(Sentinel.ofDword(raw)).isEqualTo(Sentinel.ABSENT);
		assertThat(vehicle.acceleratorPercent()).isNaN();
	}

	/** A report whose BYTE, WORD and DWORD test fields hold the given raw values, encoded and decoded again. */
	private static Realtime roundTrip(Revision revision, int rawByte, int rawWord, long rawDword) {
		boolean v2016 = revision == Revision.V2016;
		int absent = Sentinel.ABSENT_RAW;
		VehicleData vehicle = new VehicleData(revision, 1, 3, 1, rawWord, rawDword, 3725, rawWord, rawByte, 1, 0x0E,
				5000, v2016 ? 0 : absent, v2016 ? 0 : absent);
		MotorData motor = new MotorData(revision, 1, 1, 80, rawWord, v2016 ? 20000 : rawDword, rawByte,
				v2016 ? 3700 : absent, v2016 ? 10000 : absent);
		Realtime report = Realtime.builder(TestFrames.TIME).vehicle(vehicle).motors(motor)
				.position(new PositionData(revision, 0, v2016 ? absent : 1, 121_000_000, rawDword))
				.cellVoltages(new CellVoltages(revision, 1, 3725, 10000, 1, 1, new int[] {rawWord})).build();
		byte[] bytes = new Gbt32960Encoder().encode(Frame.of(revision, TestFrames.VIN, report));
		return (Realtime) SampleFrames.decoded(bytes).frame().body();
	}
}
