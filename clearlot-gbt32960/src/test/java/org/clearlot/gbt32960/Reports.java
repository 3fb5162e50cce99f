package org.clearlot.gbt32960;

import java.util.ArrayList;
import java.util.List;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.ChargingState;
import org.clearlot.gbt32960.realtime.CustomBlock;
import org.clearlot.gbt32960.realtime.DcDcState;
import org.clearlot.gbt32960.realtime.EngineData;
import org.clearlot.gbt32960.realtime.EngineState;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.FuelCellData;
import org.clearlot.gbt32960.realtime.FuelCellStack;
import org.clearlot.gbt32960.realtime.GearPosition;
import org.clearlot.gbt32960.realtime.HydrogenSystemData;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.MotorState;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.RunningMode;
import org.clearlot.gbt32960.realtime.SupercapacitorData;
import org.clearlot.gbt32960.realtime.SupercapacitorExtremes;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.gbt32960.realtime.VehicleState;

/** Realistic reports built from physical values, the way a fleet simulator builds them. */
final class Reports {

	private Reports() {
	}

	static VehicleData vehicle(Revision revision) {
		VehicleData.Builder vehicle = VehicleData.builder(revision).state(VehicleState.ON)
				.charging(ChargingState.NOT_CHARGING).mode(RunningMode.ELECTRIC).speedKmh(63.4).odometerKm(48213.7)
				.packVoltageV(372.5).packCurrentA(-41.3).socPercent(67).dcDc(DcDcState.WORKING)
				.gear(GearPosition.DRIVE, true, false).insulationKohm(5200);
		if (revision == Revision.V2016) {
			vehicle.acceleratorPercent(22).brakePercent(0);
		}
		return vehicle.build();
	}

	static List<MotorData> motors(Revision revision) {
		List<MotorData> motors = new ArrayList<>();
		for (int number = 1; number <= 2; number++) {
			MotorData.Builder motor = MotorData.builder(revision, number).state(MotorState.CONSUMING)
					.controllerTemperatureC(48).speedRpm(4200 * number).torqueNm(-120.5 + number).temperatureC(61);
			if (revision == Revision.V2016) {
				motor.controllerVoltageV(371.9).controllerCurrentA(-38.2);
			}
			motors.add(motor.build());
		}
		return motors;
	}

	static List<CellVoltages> cells(Revision revision, int count) {
		int[] millivolts = new int[count];
		for (int i = 0; i < count; i++) {
			millivolts[i] = 3870 + (i * 7) % 23;
		}
		return List.of(CellVoltages.of(revision, 1, 372.5, -41.3, millivolts));
	}

	static List<ProbeTemperatures> probes(int count) {
		int[] celsius = new int[count];
		for (int i = 0; i < count; i++) {
			celsius[i] = 24 + i % 5;
		}
		return List.of(ProbeTemperatures.ofCelsius(1, celsius));
	}

	/** Vehicle, motors, position, extremes, alarm, 96 cells, 32 probes: what a typical 2016 EV sends. */
	static Realtime full2016() {
		List<CellVoltages> cells = cells(Revision.V2016, 96);
		List<ProbeTemperatures> probes = probes(32);
		return Realtime.builder(TestFrames.TIME).vehicle(vehicle(Revision.V2016)).motors(motors(Revision.V2016))
				.position(PositionData.of(Revision.V2016, 31.230416, 121.473701))
				.extremes(ExtremesData.derive(cells, probes))
				.alarm(AlarmData.builder(Revision.V2016).raise(GeneralAlarm.SOC_LOW, 1).otherFaults(0x00080002).build())
				.cellVoltages(cells).temperatures(probes).build();
	}

	/** The 2025 counterpart, without the extremes block the revision dropped. */
	static Realtime full2025() {
		return Realtime.builder(TestFrames.TIME).vehicle(vehicle(Revision.V2025)).motors(motors(Revision.V2025))
				.position(PositionData.of(Revision.V2025, -33.868820, 151.209296))
				.alarm(AlarmData.builder(Revision.V2025).raise(GeneralAlarm.SOC_LOW, 1)
						.raise(GeneralAlarm.THERMAL_EVENT, 4).storageFaults(0x01020304).build())
				.cellVoltages(cells(Revision.V2025, 96)).temperatures(probes(32)).build();
	}

	/** Every 2016 information type. */
	static Realtime every2016Block() {
		Realtime full = full2016();
		return Realtime.builder(full.time()).vehicle(full.vehicle()).motors(full.motors())
				.fuelCell(new FuelCellData(4000, 200, 100, new byte[] {65, 66}, 700, 1, 10050, 2, 350, 3, 1))
				.engine(EngineData.of2016(EngineState.ON, 3000, 7.5)).position(full.position())
				.extremes(full.extremes()).alarm(full.alarm()).cellVoltages(full.cellVoltages())
				.temperatures(full.temperatures()).customBlock(new CustomBlock(0x80, new byte[] {1, 2, 3}))
				.customBlock(new CustomBlock(0xFE, new byte[0])).build();
	}

	/** Every 2025 information type, the signature left to the caller. */
	static Realtime.Builder every2025Block() {
		Realtime full = full2025();
		return Realtime.builder(full.time()).reissue(true).vehicle(full.vehicle()).motors(full.motors())
				.hydrogenSystem(new HydrogenSystemData(70, 2, 50, 1, 350, 3, 1, 80, 85))
				.engine(EngineData.of2025(3000)).position(full.position()).alarm(full.alarm())
				.cellVoltages(full.cellVoltages()).temperatures(full.temperatures())
				.fuelCellStacks(List.of(new FuelCellStack(1, 4000, 1000, 2000, 1500, 65, new byte[] {105, 106})))
				.supercapacitor(new SupercapacitorData(1, 1000, 30010, new int[] {2700, 2701}, new byte[] {65}))
				.supercapacitorExtremes(new SupercapacitorExtremes(1, 2, 2701, 1, 1, 2700, 1, 1, 65, 1, 1, 65))
				.customBlock(new CustomBlock(0x81, new byte[] {9}));
	}
}
