package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.GearPosition;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.MotorState;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.Sentinel;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frames of beidouchangxi/rtm_con's test suite ({@code rtm_con-frames.txt}), checked against the decodes listed
 * in its tests/rtm_con/message_and_data_samples.py. Where this codec reads a field differently, the test says why.
 */
class RtmConFramesTests {

	private static final LocalDateTime SAMPLE_TIME = LocalDateTime.of(2025, 10, 27, 20, 2, 2);
	private static final String VIN = "HAUV4BGN6S5002219";

	static Stream<Arguments> headers() {
		return Stream.of(
				Arguments.of("login2025_with_one_HVBSN", Revision.V2025, Command.VEHICLE_LOGIN, ResponseFlag.COMMAND),
				Arguments.of("login2016_with_serveral_HVBSNs", Revision.V2016, Command.VEHICLE_LOGIN, ResponseFlag.COMMAND),
				Arguments.of("data2016_with_only_whole_vehicle_data", Revision.V2016, Command.REALTIME, ResponseFlag.COMMAND),
				Arguments.of("data2025_with_only_whole_vehicle_data", Revision.V2025, Command.REALTIME, ResponseFlag.COMMAND),
				Arguments.of("logout2016", Revision.V2016, Command.VEHICLE_LOGOUT, ResponseFlag.COMMAND),
				Arguments.of("plt_login2025", Revision.V2025, Command.PLATFORM_LOGIN, ResponseFlag.COMMAND),
				Arguments.of("plt_logout2016", Revision.V2016, Command.PLATFORM_LOGOUT, ResponseFlag.COMMAND),
				Arguments.of("ack2016", Revision.V2016, Command.VEHICLE_LOGIN, ResponseFlag.SUCCESS),
				Arguments.of("ack2025", Revision.V2025, Command.VEHICLE_LOGIN, ResponseFlag.SUCCESS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("headers")
	void decodesTheHeader(String name, Revision revision, Command command, ResponseFlag response) {
		FrameHeader header = SampleFrames.decoded(SampleFrames.frame(name)).frame().header();
		assertThat(header).isEqualTo(new FrameHeader(revision, command.code(), response, VIN, Encryption.NONE));
	}

	@Test
	void decodes2025LoginWithOnePack() {
		VehicleLogin login = SampleFrames.body("login2025_with_one_HVBSN");
		assertThat(login).isEqualTo(new VehicleLogin(SAMPLE_TIME, 12, "89860924790023166606",
				List.of(List.of("0RJPEA00HAU0AAF131001955"))));
	}

	@Test
	void decodes2025LoginWithPacksPerBms() {
		VehicleLogin login = SampleFrames.body("login2025_with_serveral_HVBSNs");
		assertThat(login.packCodes()).containsExactly(List.of("0RJPEA00HAU0AAF131001955"),
				List.of("0RJPEA00HAU0AAF131001956", "0RJPEA00HAU0AAF131001957"));
	}

	@Test
	void decodes2016LoginWithThreeSubsystems() {
		VehicleLogin login = SampleFrames.body("login2016_with_serveral_HVBSNs");
		assertThat(login.serial()).isEqualTo(12);
		assertThat(login.iccid()).isEqualTo("89860924790023166606");
		assertThat(login.allPackCodes()).containsExactly("0RJPEA00HAU0AAF131001955", "0RJPEA00HAU0AAF131001956",
				"0RJPEA00HAU0AAF131001957");
	}

	@Test
	void decodes2016VehicleBlockOfInvalidValues() {
		Realtime report = SampleFrames.body("data2016_with_only_whole_vehicle_data");
		VehicleData vehicle = report.vehicle();
		assertThat(report.time()).isEqualTo(SAMPLE_TIME);
		assertThat(report.reissue()).isFalse();
		assertThat(vehicle.vehicleState()).isNull();
		assertThat(Sentinel.ofByte(vehicle.state())).isEqualTo(Sentinel.INVALID);
		assertThat(vehicle.chargingState()).isNull();
		assertThat(vehicle.runningMode()).isNull();
		assertThat(vehicle.speedKmh()).isNaN();
		assertThat(vehicle.odometerKm()).isNaN();
		assertThat(vehicle.packVoltageV()).isNaN();
		assertThat(vehicle.packCurrentA()).isNaN();
		assertThat(vehicle.socPercent()).isNaN();
		assertThat(vehicle.dcDcState()).isNull();
		assertThat(vehicle.gearPosition()).isEqualTo(GearPosition.PARK);
		assertThat(vehicle.drivingForce()).isTrue();
		assertThat(vehicle.brakingForce()).isTrue();
		assertThat(vehicle.gearValid()).isTrue();
		// rtm_con prints "65535 kΩ": 2016 names no sentinel here, but 65535 lies outside the valid 0–60000, so this
		// codec treats FFFF as invalid in both revisions (the raw value stays available).
		assertThat(vehicle.insulation()).isEqualTo(0xFFFF);
		assertThat(vehicle.insulationKohm()).isNaN();
		assertThat(vehicle.acceleratorPercent()).isNaN();
		assertThat(vehicle.brakePercent()).isNaN();
		assertThat(report.signature()).isNull();
	}

	@Test
	void decodes2025VehicleBlockOfInvalidValuesWithSignature() {
		Realtime report = SampleFrames.body("data2025_with_only_whole_vehicle_data");
		VehicleData vehicle = report.vehicle();
		assertThat(vehicle.revision()).isEqualTo(Revision.V2025);
		assertThat(vehicle.speedKmh()).isNaN();
		assertThat(vehicle.packCurrentA()).isNaN();
		assertThat(vehicle.gearPosition()).isEqualTo(GearPosition.PARK);
		assertThat(vehicle.gearValid()).isFalse();
		assertThat(vehicle.accelerator()).isEqualTo(Sentinel.ABSENT_RAW);
		assertThat(Sentinel.ofByte(vehicle.brake())).isEqualTo(Sentinel.ABSENT);
		assertThat(report.signature().algorithm()).isEqualTo(SignatureAlgorithm.RSA);
		assertThat(report.signature().r()).hasSize(256).startsWith(SampleFrames.hex("95588e186fe1d88c"));
		assertThat(report.signature().s()).isEmpty();
		assertThat(report.signature().signedOffset()).isEqualTo(24);
		assertThat(report.signature().signedLength()).isEqualTo(6 + 1 + 18);
	}

	@Test
	void decodes2016MotorsWhereFefeIsAValueButFeIsAbnormal() {
		List<MotorData> motors = SampleFrames.<Realtime>body("data2016_with_only_e-motor_data").motors();
		assertThat(motors).hasSize(2);
		MotorData invalid = motors.get(0);
		assertThat(invalid.number()).isEqualTo(255);
		assertThat(invalid.motorState()).isNull();
		assertThat(invalid.speedRpm()).isNaN();
		assertThat(invalid.torqueNm()).isNaN();
		assertThat(invalid.controllerCurrentA()).isNaN();
		MotorData abnormal = motors.get(1);
		assertThat(abnormal.number()).isEqualTo(254);
		assertThat(Sentinel.ofByte(abnormal.state())).isEqualTo(Sentinel.ABNORMAL);
		assertThat(abnormal.controllerTemperatureC()).isNaN();
		assertThat(abnormal.temperatureC()).isNaN();
		assertThat(abnormal.speedRpm()).isEqualTo(45278);
		assertThat(abnormal.torqueNm()).isCloseTo(4527.8, within());
		assertThat(abnormal.controllerVoltageV()).isCloseTo(6527.8, within());
		assertThat(abnormal.controllerCurrentA()).isCloseTo(5527.8, within());
	}

	@Test
	void decodes2025MotorsWithDwordTorque() {
		List<MotorData> motors = SampleFrames.<Realtime>body("data2025_with_only_e-motor_data").motors();
		assertThat(motors.get(0).torqueNm()).isNaN();
		assertThat(motors.get(0).speedRpm()).isNaN();
		assertThat(motors.get(1).speedRpm()).isEqualTo(33278);
		assertThat(motors.get(1).torqueNm()).isCloseTo(427792428.6, within());
		assertThat(motors.get(1).controllerVoltage()).isEqualTo(Sentinel.ABSENT_RAW);
		assertThat(motors.get(1).controllerVoltageV()).isNaN();
	}

	@Test
	void decodesEngineBlocksOfBothRevisions() {
		Realtime v2016 = SampleFrames.body("data2016_with_only_engine_data");
		assertThat(v2016.engine().engineState()).isNull();
		assertThat(v2016.engine().crankSpeedRpm()).isNaN();
		assertThat(v2016.engine().fuelConsumptionLPer100km()).isNaN();
		Realtime v2025 = SampleFrames.body("data2025_with_only_engine_data");
		assertThat(v2025.engine().crankSpeed()).isEqualTo(0xFFFF);
		assertThat(v2025.engine().state()).isEqualTo(Sentinel.ABSENT_RAW);
		assertThat(v2025.signature().r()).startsWith(SampleFrames.hex("a6154d83"));
	}

	@Test
	void decodesPositionStatusBits() {
		for (String name : new String[] {"data2016_with_only_gnss_data", "data2025_with_only_gnss_data"}) {
			Realtime report = SampleFrames.body(name);
			// status 07: no valid fix (rtm_con prints the raw bit as gnss_valid 1), south, west
			assertThat(report.position().status()).isEqualTo(7);
			assertThat(report.position().valid()).isFalse();
			assertThat(report.position().latitudeDeg()).isNaN();
			assertThat(report.position().longitudeDeg()).isNaN();
		}
		Realtime v2025 = SampleFrames.body("data2025_with_only_gnss_data");
		assertThat(v2025.position().coordinateSystem()).isEqualTo(0xFF);
		assertThat(v2025.position().coordinateSystemType()).isNull();
	}

	@Test
	void decodes2016ExtremesOfInvalidValues() {
		Realtime report = SampleFrames.body("data2016_with_only_volt/temp_extrema_data");
		assertThat(report.extremes().maxVoltageSubsystem()).isEqualTo(255);
		assertThat(report.extremes().minVoltageCell()).isEqualTo(255);
		assertThat(report.extremes().maxCellVoltageV()).isNaN();
		assertThat(report.extremes().minTemperatureC()).isNaN();
	}

	@Test
	void decodesAlarmsOfBothRevisions() {
		for (String name : new String[] {"data2016_with_only_warnings_data", "data2025_with_only_warnings_data"}) {
			Realtime report = SampleFrames.body(name);
			assertThat(report.alarm().maxLevel()).isEqualTo(3);
			assertThat(report.alarm().generalFlags()).isEqualTo(3);
			assertThat(report.alarm().alarms()).containsExactly(GeneralAlarm.TEMPERATURE_DIFFERENCE,
					GeneralAlarm.BATTERY_HIGH_TEMPERATURE);
			assertThat(report.alarm().storageFaults()).isEmpty();
			assertThat(report.alarm().motorFaults()).isEmpty();
			assertThat(report.alarm().engineFaults()).isEmpty();
			assertThat(report.alarm().otherFaults()).containsExactly(0x00010003, 0x00080002, 0x00080003, 0x000C0004,
					0x000D0001, 0x00060920, 0x000A000B);
		}
		Realtime v2025 = SampleFrames.body("data2025_with_only_warnings_data");
		assertThat(v2025.alarm().levels()).extracting(level -> level.alarm(), level -> level.level())
				.containsExactly(tuple(GeneralAlarm.TEMPERATURE_DIFFERENCE, 3),
						tuple(GeneralAlarm.BATTERY_HIGH_TEMPERATURE, 3));
		assertThat(SampleFrames.<Realtime>body("data2016_with_only_warnings_data").alarm().levels()).isEmpty();
	}

	@Test
	void decodes2016CellVoltagesWithStartIndex() {
		List<CellVoltages> subsystems = SampleFrames.<Realtime>body("data2016_with_only_cell_volts_data").cellVoltages();
		assertThat(subsystems).extracting(CellVoltages::count).containsExactly(4, 3);
		CellVoltages first = subsystems.get(0);
		assertThat(first.number()).isEqualTo(255);
		assertThat(first.totalCells()).isEqualTo(0xFFFF);
		assertThat(first.startIndex()).isEqualTo(0xFFFF);
		assertThat(first.millivolts()).containsOnly(0xFFFF);
		assertThat(first.volts(0)).isNaN();
		assertThat(first.packVoltageV()).isNaN();
		assertThat(first.packCurrentA()).isNaN();
	}

	@Test
	void decodes2025CellVoltagesWithWordCount() {
		List<CellVoltages> packs = SampleFrames.<Realtime>body("data2025_with_only_cell_volts_data").cellVoltages();
		assertThat(packs).extracting(CellVoltages::count).containsExactly(4, 3);
		assertThat(packs.get(1).millivolts()).containsExactly(0xFFFF, 0xFFFF, 0xFFFF);
	}

	@Test
	void decodesProbeTemperaturesOfBothRevisions() {
		for (String name : new String[] {"data2016_with_only_probe_temps_data", "data2025_with_only_probe_temps_data"}) {
			List<ProbeTemperatures> probes = SampleFrames.<Realtime>body(name).temperatures();
			assertThat(probes).extracting(ProbeTemperatures::number).containsExactly(255, 5);
			assertThat(probes.get(0).count()).isZero();
			assertThat(probes.get(1).count()).isEqualTo(5);
			assertThat(probes.get(1).rawAt(4)).isEqualTo(0xFF);
			assertThat(probes.get(1).celsius(4)).isNaN();
		}
	}

	@Test
	void keepsCustomBlocksAsBytes() {
		for (String name : new String[] {"data2016_with_only_probe_oem_data", "data2025_with_only_probe_oem_data"}) {
			Realtime report = SampleFrames.body(name);
			assertThat(report.customBlocks()).singleElement().satisfies(block -> {
				assertThat(block.type()).isEqualTo(0x80);
				assertThat(HexFormat.of().formatHex(block.data())).isEqualTo("fe".repeat(16));
			});
		}
		assertThat(SampleFrames.<Realtime>body("data2025_with_only_probe_oem_data").signature().r())
				.endsWith(SampleFrames.hex("335f000047fc"));
	}

	@Test
	void decodesLogoutsOfBothKinds() {
		assertThat(SampleFrames.<Body>body("logout2016")).isEqualTo(new VehicleLogout(SAMPLE_TIME, 2050));
		assertThat(SampleFrames.<Body>body("logout2025")).isEqualTo(new VehicleLogout(SAMPLE_TIME, 2050));
		assertThat(SampleFrames.<Body>body("plt_logout2016")).isEqualTo(new PlatformLogout(SAMPLE_TIME, 2050));
		assertThat(SampleFrames.<Body>body("plt_logout2025")).isEqualTo(new PlatformLogout(SAMPLE_TIME, 2050));
	}

	@Test
	void decodesPlatformLogins() {
		PlatformLogin expected = new PlatformLogin(SAMPLE_TIME, 2050, "HAUV4BGN6S50", "HAUV4BGN6S5002219HAU",
				Encryption.NONE);
		assertThat(SampleFrames.<Body>body("plt_login2016")).isEqualTo(expected);
		assertThat(SampleFrames.<Body>body("plt_login2025")).isEqualTo(expected);
	}

	@Test
	void decodesTimeOnlyAcknowledgements() {
		assertThat(SampleFrames.<Body>body("ack2016")).isEqualTo(Acknowledgement.at(SAMPLE_TIME));
		assertThat(SampleFrames.<Body>body("ack2025")).isEqualTo(Acknowledgement.at(SAMPLE_TIME));
	}

	@Test
	void decodesActivationWithSignatureOverTimeToVin() {
		DecodeResult.Decoded decoded = SampleFrames.decoded(SampleFrames.frame("activation2025"));
		assertThat(decoded.frame().header().vin()).isEqualTo("HGLH3ACF1PA714408");
		Activation activation = (Activation) decoded.frame().body();
		assertThat(activation.time()).isEqualTo(LocalDateTime.of(2025, 6, 23, 15, 6, 22));
		assertThat(activation.chipId()).isEqualTo("1234567812345678");
		assertThat(activation.publicKey()).hasSize(259).startsWith(SampleFrames.hex("ce6f0a94"))
				.endsWith(SampleFrames.hex("010001"));
		assertThat(activation.vin()).isEqualTo("HGLH3ACF1PA714408");
		assertThat(activation.signature().algorithm()).isEqualTo(SignatureAlgorithm.RSA);
		assertThat(activation.signature().r()).hasSize(256).startsWith(SampleFrames.hex("222baeb2"));
		assertThat(activation.signature().s()).isEmpty();
		assertThat(activation.signature().signedOffset()).isEqualTo(24);
		assertThat(activation.signature().signedLength()).isEqualTo(6 + 16 + 2 + 259 + 17);
		assertThat(decoded.notes()).isEmpty();
	}

	@Test
	void decodesActivationResponse() {
		ActivationResponse response = SampleFrames.body("activation2025_ack");
		assertThat(response.activated()).isFalse();
		assertThat(response.info()).isEqualTo(ActivationResponse.Info.NONE);
	}

	@Test
	void motorStatesAreNamed() {
		assertThat(MotorState.of(0x02)).isEqualTo(MotorState.GENERATING);
	}

	private static Offset<Double> within() {
		return Offset.offset(1e-6);
	}
}
