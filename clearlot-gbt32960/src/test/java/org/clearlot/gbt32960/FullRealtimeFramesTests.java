package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.HexFormat;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.ChargingState;
import org.clearlot.gbt32960.realtime.CoordinateSystem;
import org.clearlot.gbt32960.realtime.DcDcState;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.GearPosition;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.MotorState;
import org.clearlot.gbt32960.realtime.RunningMode;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.gbt32960.realtime.VehicleState;
import org.junit.jupiter.api.Test;

/** The two complete realtime reports of rtm_con's samples ("data_2016", "data_2025"), field by field. */
class FullRealtimeFramesTests {

	@Test
	void decodesTheWhole2016Vehicle() {
		Realtime report = SampleFrames.body("data_2016");
		assertThat(report.time()).isEqualTo(LocalDateTime.of(2025, 10, 11, 19, 8, 18));
		VehicleData vehicle = report.vehicle();
		assertThat(vehicle.vehicleState()).isEqualTo(VehicleState.ON);
		assertThat(vehicle.chargingState()).isEqualTo(ChargingState.NOT_CHARGING);
		assertThat(vehicle.runningMode()).isEqualTo(RunningMode.ELECTRIC);
		assertThat(vehicle.speedKmh()).isCloseTo(12.2, within(1e-9));
		assertThat(vehicle.odometerKm()).isCloseTo(258.9, within(1e-9));
		assertThat(vehicle.packVoltageV()).isCloseTo(780.9, within(1e-9));
		assertThat(vehicle.packCurrentA()).isCloseTo(5.1, within(1e-9));
		assertThat(vehicle.socPercent()).isEqualTo(85);
		assertThat(vehicle.dcDcState()).isEqualTo(DcDcState.WORKING);
		assertThat(vehicle.gearPosition()).isEqualTo(GearPosition.DRIVE);
		assertThat(vehicle.brakingForce()).isTrue();
		assertThat(vehicle.drivingForce()).isFalse();
		assertThat(vehicle.insulationKohm()).isEqualTo(6553);
		assertThat(vehicle.acceleratorPercent()).isZero();
		assertThat(vehicle.brakePercent()).isEqualTo(16);
	}

	@Test
	void decodesThe2016MotorsPositionExtremesAndAlarm() {
		Realtime report = SampleFrames.body("data_2016");
		assertThat(report.motors()).hasSize(2);
		MotorData first = report.motors().get(0);
		assertThat(first.motorState()).isEqualTo(MotorState.CONSUMING);
		assertThat(first.controllerTemperatureC()).isEqualTo(16);
		assertThat(first.speedRpm()).isEqualTo(857);
		assertThat(first.torqueNm()).isCloseTo(2.0, within(1e-9));
		assertThat(first.temperatureC()).isEqualTo(21);
		assertThat(first.controllerVoltageV()).isCloseTo(775.5, within(1e-9));
		assertThat(first.controllerCurrentA()).isCloseTo(2.0, within(1e-9));
		MotorData second = report.motors().get(1);
		assertThat(second.motorState()).isEqualTo(MotorState.GENERATING);
		assertThat(second.speedRpm()).isEqualTo(873);
		assertThat(second.torqueNm()).isCloseTo(-32.5, within(1e-9));
		assertThat(second.temperatureC()).isEqualTo(24);
		assertThat(second.controllerCurrentA()).isCloseTo(-2.5, within(1e-9));
		assertThat(report.position().valid()).isTrue();
		assertThat(report.position().latitudeDeg()).isZero();
		ExtremesData extremes = report.extremes();
		assertThat(extremes.maxVoltageSubsystem()).isEqualTo(1);
		assertThat(extremes.maxVoltageCell()).isEqualTo(2);
		assertThat(extremes.maxCellVoltageV()).isCloseTo(4.063, within(1e-9));
		assertThat(extremes.minVoltageCell()).isEqualTo(20);
		assertThat(extremes.minCellVoltageV()).isCloseTo(4.060, within(1e-9));
		assertThat(extremes.maxTemperatureProbe()).isEqualTo(1);
		assertThat(extremes.maxTemperatureC()).isEqualTo(18);
		assertThat(extremes.minTemperatureProbe()).isEqualTo(10);
		assertThat(extremes.minTemperatureC()).isEqualTo(16);
		assertThat(report.alarm().maxLevel()).isZero();
		assertThat(report.alarm().alarms()).isEmpty();
		assertThat(report.alarm().otherFaults()).isEmpty();
	}

	@Test
	void decodesThe2016CellsProbesAndCustomBlock() {
		Realtime report = SampleFrames.body("data_2016");
		CellVoltages cells = report.cellVoltages().get(0);
		assertThat(cells.number()).isEqualTo(1);
		assertThat(cells.packVoltageV()).isCloseTo(780.9, within(1e-9));
		// rtm_con applies the 2025 offset (−3000 A) here and prints −1994.9; the 2016 offset is −1000 A, which gives
		// the same 5.1 A as the vehicle block.
		assertThat(cells.packCurrentA()).isCloseTo(5.1, within(1e-9));
		assertThat(cells.totalCells()).isEqualTo(192);
		assertThat(cells.startIndex()).isEqualTo(1);
		assertThat(cells.count()).isEqualTo(192);
		assertThat(cells.complete()).isTrue();
		assertThat(cells.millivolts()).startsWith(4061, 4063, 4062, 4062).endsWith(4063, 4062);
		assertThat(report.temperatures().get(0).count()).isEqualTo(48);
		assertThat(report.temperatures().get(0).celsius(0)).isEqualTo(18);
		assertThat(report.temperatures().get(0).celsius(1)).isEqualTo(17);
		assertThat(report.customBlocks()).singleElement().satisfies(block -> {
			assertThat(block.type()).isEqualTo(0x83);
			assertThat(HexFormat.of().formatHex(block.data()))
					.isEqualTo("000007ff0107fd01047a0107fd01000100010001000101010001069a01");
		});
	}

	@Test
	void decodesTheWhole2025Report() {
		Realtime report = SampleFrames.body("data_2025");
		assertThat(report.time()).isEqualTo(LocalDateTime.of(2025, 10, 28, 14, 45, 47));
		VehicleData vehicle = report.vehicle();
		assertThat(vehicle.speedKmh()).isZero();
		assertThat(vehicle.odometerKm()).isCloseTo(15591.0, within(1e-9));
		assertThat(vehicle.packVoltageV()).isCloseTo(713.8, within(1e-9));
		assertThat(vehicle.packCurrentA()).isCloseTo(2.2, within(1e-9));
		assertThat(vehicle.socPercent()).isEqualTo(75);
		assertThat(vehicle.gearPosition()).isEqualTo(GearPosition.PARK);
		assertThat(vehicle.gearValid()).isTrue();
		assertThat(report.motors()).extracting(MotorData::motorState).containsOnly(MotorState.OFF);
		assertThat(report.motors()).extracting(MotorData::controllerTemperatureC).containsExactly(31.0, 33.0);
		assertThat(report.motors()).extracting(MotorData::speedRpm).containsExactly(0.0, 0.0);
		assertThat(report.motors().get(1).torqueNm()).isCloseTo(-0.5, within(1e-9));
		assertThat(report.motors()).extracting(MotorData::temperatureC).containsExactly(34.0, 29.0);
		assertThat(report.position().coordinateSystemType()).isEqualTo(CoordinateSystem.GCJ02);
		assertThat(report.position().valid()).isFalse();
		assertThat(report.alarm().otherFaults()).containsExactly(0x00080002, 0x00090025, 0x00090026);
		assertThat(report.alarm().levels()).isEmpty();
		CellVoltages pack = report.cellVoltages().get(0);
		assertThat(pack.packCurrentA()).isCloseTo(2.2, within(1e-9));
		assertThat(pack.count()).isEqualTo(180);
		assertThat(pack.volts(0)).isCloseTo(3.957, within(1e-9));
		assertThat(pack.volts(179)).isCloseTo(3.965, within(1e-9));
		assertThat(report.temperatures().get(0).count()).isEqualTo(48);
		assertThat(report.temperatures().get(0).celsius(3)).isEqualTo(29);
		assertThat(report.customBlocks()).singleElement().satisfies(block -> assertThat(block.type()).isEqualTo(0x83));
		assertThat(report.extremes()).isNull();
		int signatureFlag = SampleFrames.frame("data_2025").length - 1 - (1 + 2 + 256 + 2) - 1;
		assertThat(report.signature().r()).startsWith(SampleFrames.hex("054f8a0f"));
		assertThat(report.signature().signedOffset()).isEqualTo(24);
		assertThat(report.signature().signedLength()).isEqualTo(signatureFlag - 24);
	}
}
