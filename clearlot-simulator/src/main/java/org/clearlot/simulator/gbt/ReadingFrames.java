package org.clearlot.simulator.gbt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.clearlot.gbt32960.GeneralAlarm;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.ChargingState;
import org.clearlot.gbt32960.realtime.DcDcState;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.GearPosition;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.MotorState;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.RunningMode;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.gbt32960.realtime.VehicleState;
import org.clearlot.simulator.AlarmFlag;
import org.clearlot.simulator.Reading;

/**
 * One reading as GB/T 32960 realtime reports. 2016: vehicle, motor, position, extremes, alarm, cell voltages (at most
 * 200 cells per frame: larger packs continue in further frames of the same time holding only the voltages),
 * temperatures. 2025: vehicle, motor, position, alarm (with a level per flag), cell voltages, temperatures; no
 * extremes block. A thermal event, which 2016 lacks, goes out in 2016 as level 3 with BATTERY_HIGH_TEMPERATURE.
 * The motor block is derived from speed and current (about 80 rpm per km/h, torque from the electrical power).
 */
final class ReadingFrames {

	private ReadingFrames() {
	}

	static List<Realtime> of(Reading r, Revision revision, boolean plugInHybrid) {
		LocalDateTime time = r.ts().toLocalDateTime();
		CellVoltages cells = CellVoltages.of(revision, 1, r.packVoltageV(), r.packCurrentA(), r.cellVoltages().toMillivoltArray());
		List<ProbeTemperatures> probes = List.of(ProbeTemperatures.ofCelsius(1, r.probeTemperatures().toArray()));
		List<CellVoltages> parts = revision == Revision.V2016 && cells.count() > CellVoltages.MAX_CELLS_PER_FRAME_2016
				? cells.split(CellVoltages.MAX_CELLS_PER_FRAME_2016) : List.of(cells);
		Realtime.Builder first = Realtime.builder(time).vehicle(vehicle(r, revision, plugInHybrid))
				.motors(motor(r, revision)).position(PositionData.of(revision, r.latitude(), r.longitude()))
				.alarm(alarm(r, revision)).cellVoltages(parts.get(0)).temperatures(probes);
		if (revision == Revision.V2016) {
			first.extremes(ExtremesData.derive(List.of(cells), probes));
		}
		List<Realtime> reports = new ArrayList<>(parts.size());
		reports.add(first.build());
		for (int i = 1; i < parts.size(); i++) {
			reports.add(Realtime.builder(time).cellVoltages(parts.get(i)).build());
		}
		return reports;
	}

	private static VehicleData vehicle(Reading r, Revision revision, boolean plugInHybrid) {
		boolean moving = r.speedKmh() > 0;
		boolean awake = r.vehicleState() == org.clearlot.simulator.VehicleState.ON || r.charging();
		VehicleData.Builder b = VehicleData.builder(revision).state(VehicleState.valueOf(r.vehicleState().name()))
				.charging(ChargingState.valueOf(r.chargingState().name()))
				.mode(plugInHybrid && r.chargingState() == org.clearlot.simulator.ChargingState.DRIVING_CHARGING
						? RunningMode.HYBRID : RunningMode.ELECTRIC)
				.speedKmh(r.speedKmh()).odometerKm(r.odometerKm()).packVoltageV(r.packVoltageV())
				.packCurrentA(r.packCurrentA()).socPercent(r.socPercent())
				.dcDc(awake ? DcDcState.WORKING : DcDcState.OFF)
				.gear(moving ? GearPosition.DRIVE : GearPosition.PARK, moving && r.packCurrentA() > 0,
						moving && r.packCurrentA() < 0)
				.insulationKohm(Math.min(60_000, r.insulationKohm()));
		if (revision == Revision.V2016) {
			int accelerator = moving && r.packCurrentA() > 0 ? (int) Math.min(100, r.packCurrentA() / 3) : 0;
			int brake = moving && r.packCurrentA() < -5 ? (int) Math.min(100, -r.packCurrentA() / 2) : 0;
			b.acceleratorPercent(accelerator).brakePercent(brake);
		}
		return b.build();
	}

	private static MotorData motor(Reading r, Revision revision) {
		double rpm = r.speedKmh() * 80;
		double kw = r.packVoltageV() * r.packCurrentA() / 1000;
		MotorState state = r.speedKmh() > 0 ? (r.packCurrentA() < -2 ? MotorState.GENERATING : MotorState.CONSUMING)
				: r.vehicleState() == org.clearlot.simulator.VehicleState.ON && !r.charging() ? MotorState.READY
						: MotorState.OFF;
		double torque = rpm > 100 ? Math.max(-400, Math.min(400, kw * 0.9 * 9550 / rpm)) : 0;
		int temperature = r.probeTempMinC() + (int) Math.min(60, r.speedKmh() / 3);
		MotorData.Builder b = MotorData.builder(revision, 1).state(state).speedRpm((int) Math.round(rpm))
				.torqueNm(Math.round(torque * 10) / 10.0).temperatureC(temperature).controllerTemperatureC(temperature - 5);
		if (revision == Revision.V2016) {
			b.controllerVoltageV(r.packVoltageV()).controllerCurrentA(r.packCurrentA());
		}
		return b.build();
	}

	private static AlarmData alarm(Reading r, Revision revision) {
		AlarmData.Builder b = AlarmData.builder(revision);
		boolean thermalIn2016 = revision == Revision.V2016 && r.alarmFlags().contains(AlarmFlag.THERMAL_EVENT);
		for (AlarmFlag flag : r.alarmFlags()) {
			GeneralAlarm alarm = GeneralAlarm.valueOf(flag.name());
			if (!alarm.definedIn(revision)) {
				continue;
			}
			if (revision == Revision.V2025) {
				b.raise(alarm, level(flag, r));
			}
			else {
				b.raise(alarm);
			}
		}
		if (thermalIn2016) {
			b.raise(GeneralAlarm.BATTERY_HIGH_TEMPERATURE);
		}
		b.maxLevel(revision == Revision.V2016 ? Math.min(3, r.alarmLevel()) : r.alarmLevel());
		return b.build();
	}

	/** The level of one raised flag (the reading carries only the highest), never above the reading's level. */
	private static int level(AlarmFlag flag, Reading r) {
		int level = switch (flag) {
			case THERMAL_EVENT -> 4;
			case BATTERY_HIGH_TEMPERATURE -> r.probeTempMaxC() >= 65 ? 3 : 2;
			case INSULATION -> r.insulationKohm() < 0.1 * r.packVoltageV() ? 3 : 2;
			case CELL_UNDER_VOLTAGE, CELL_OVER_VOLTAGE, STORAGE_OVER_VOLTAGE, STORAGE_UNDER_VOLTAGE, STORAGE_OVER_CHARGE -> 2;
			default -> 1;
		};
		return Math.max(1, Math.min(level, r.alarmLevel()));
	}
}
