package org.clearlot.gbt32960.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.clearlot.gbt32960.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building vehicle and motor data from physical values, and the current offsets of each revision. */
class VehicleDataTests {

	@ParameterizedTest(name = "{0}: {1} A is raw {2}")
	@CsvSource({"V2016, -41.3, 9587", "V2025, -41.3, 29587", "V2016, 0, 10000", "V2025, 0, 30000",
			"V2016, -1000, 0", "V2025, -3000, 0", "V2016, 5553.3, 65533"})
	void packCurrentOffsetDependsOnTheRevision(Revision revision, double amperes, int raw) {
		VehicleData vehicle = VehicleData.builder(revision).packCurrentA(amperes).build();
		assertThat(vehicle.current()).isEqualTo(raw);
		assertThat(vehicle.packCurrentA()).isCloseTo(amperes, within(1e-9));
	}

	@Test
	void convertsEveryPhysicalValue() {
		VehicleData vehicle = VehicleData.builder(Revision.V2016).state(VehicleState.ON)
				.charging(ChargingState.PARKED_CHARGING).mode(RunningMode.HYBRID).speedKmh(63.44).odometerKm(48213.66)
				.packVoltageV(372.5).socPercent(67).dcDc(DcDcState.OFF).gear(GearPosition.REVERSE, false, true)
				.insulationKohm(5200).acceleratorPercent(22).brakePercent(101).build();
		assertThat(vehicle.speed()).isEqualTo(634);
		assertThat(vehicle.odometer()).isEqualTo(482137);
		assertThat(vehicle.voltage()).isEqualTo(3725);
		assertThat(vehicle.gear()).isEqualTo(0x1D);
		assertThat(vehicle.vehicleState()).isEqualTo(VehicleState.ON);
		assertThat(vehicle.chargingState()).isEqualTo(ChargingState.PARKED_CHARGING);
		assertThat(vehicle.runningMode()).isEqualTo(RunningMode.HYBRID);
		assertThat(vehicle.dcDcState()).isEqualTo(DcDcState.OFF);
		assertThat(vehicle.gearPosition()).isEqualTo(GearPosition.REVERSE);
		assertThat(vehicle.brakingForce()).isTrue();
		assertThat(vehicle.acceleratorPercent()).isEqualTo(22);
		assertThat(vehicle.brake()).isEqualTo(101);
		assertThat(vehicle.brakePercent()).isNaN();
	}

	@Test
	void unsetFieldsAreInvalid() {
		VehicleData vehicle = VehicleData.builder(Revision.V2025).build();
		assertThat(Sentinel.ofByte(vehicle.state())).isEqualTo(Sentinel.INVALID);
		assertThat(Sentinel.ofWord(vehicle.speed())).isEqualTo(Sentinel.INVALID);
		assertThat(Sentinel.ofDword(vehicle.odometer())).isEqualTo(Sentinel.INVALID);
		assertThat(Sentinel.ofByte(vehicle.accelerator())).isEqualTo(Sentinel.ABSENT);
	}

	@Test
	void rejectsValuesOutsideTheirField() {
		VehicleData.Builder builder = VehicleData.builder(Revision.V2025);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.speedKmh(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.speedKmh(6553.4)).withMessage(
				"speed out of range: 6553.4");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.packCurrentA(-3000.1));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.socPercent(101));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.speedKmh(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.acceleratorPercent(10))
				.withMessage("the accelerator pedal is a 2016 field");
	}

	@Test
	void motorsOfBothRevisions() {
		MotorData v2016 = MotorData.builder(Revision.V2016, 1).state(MotorState.GENERATING).speedRpm(-1200)
				.torqueNm(-32.5).temperatureC(-40).controllerVoltageV(371.9).controllerCurrentA(-2.5).build();
		assertThat(v2016.speed()).isEqualTo(18800);
		assertThat(v2016.torque()).isEqualTo(19675);
		assertThat(v2016.controllerCurrentA()).isCloseTo(-2.5, within(1e-9));
		assertThat(v2016.temperature()).isZero();
		MotorData v2025 = MotorData.builder(Revision.V2025, 2).speedRpm(-1200).torqueNm(-15000.5).build();
		assertThat(v2025.speed()).isEqualTo(30800);
		assertThat(v2025.torque()).isEqualTo(49995);
		assertThat(v2025.torqueNm()).isCloseTo(-15000.5, within(1e-9));
		assertThatIllegalArgumentException().isThrownBy(() -> MotorData.builder(Revision.V2025, 1).controllerVoltageV(1));
	}

	@Test
	void enginesOfBothRevisions() {
		EngineData v2016 = EngineData.of2016(EngineState.ON, 3000, 7.5);
		assertThat(v2016.fuelConsumption()).isEqualTo(750);
		assertThat(v2016.fuelConsumptionLPer100km()).isCloseTo(7.5, within(1e-9));
		assertThat(EngineData.of2025(800).fuelConsumptionLPer100km()).isNaN();
	}
}
