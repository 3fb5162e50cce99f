package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.CustomBlock;
import org.clearlot.gbt32960.realtime.EngineData;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.FuelCellData;
import org.clearlot.gbt32960.realtime.FuelCellStack;
import org.clearlot.gbt32960.realtime.HydrogenSystemData;
import org.clearlot.gbt32960.realtime.MotorData;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SupercapacitorData;
import org.clearlot.gbt32960.realtime.SupercapacitorExtremes;
import org.clearlot.gbt32960.realtime.VehicleData;

/**
 * A realtime (command 02) or reissue (03) report: the collection time, then information blocks, each a type byte and
 * its body, in any order. One component per information type, {@code null} when the frame lacks the block.
 *
 * <pre>
 * id   2016                                  2025
 * 01   vehicle, 20 B                         vehicle, 18 B
 * 02   drive motors, 12 B each               drive motors, 10 B each
 * 03   fuel cell                             fuel-cell engine and hydrogen system
 * 04   engine, 5 B                           engine crank speed, 2 B
 * 05   position, 9 B                         position, 10 B
 * 06   extreme values, 14 B                  alarm
 * 07   alarm                                 cell voltages
 * 08   cell voltages                         probe temperatures
 * 09   probe temperatures                    (platform-defined: not decodable)
 * 30 31 32   —                               fuel cell stacks, supercapacitor, supercapacitor extremes
 * 80–FE custom: length WORD + data           custom: length WORD + data
 * FF   —                                     signature, last
 * 19 0A 1B 14 02 02 | 05 00 00 00 00 00 00 00 00 00   time 2025-10-27 20:02:02, one 2016 position block
 * </pre>
 *
 * @param time                   collection time, Beijing time
 * @param reissue                whether the report is a reissue (command 03)
 * @param vehicle                whole-vehicle data
 * @param motors                 drive motors
 * @param fuelCell               2016 fuel cell data
 * @param hydrogenSystem         2025 fuel-cell engine and hydrogen system data
 * @param engine                 combustion engine data
 * @param position               vehicle position
 * @param extremes               2016 extreme values (2025: {@link ExtremesData#derive})
 * @param alarm                  alarm data
 * @param cellVoltages           cell voltages per subsystem or pack
 * @param temperatures           probe temperatures per subsystem or pack
 * @param fuelCellStacks         2025 fuel cell stacks
 * @param supercapacitor         2025 supercapacitor data
 * @param supercapacitorExtremes 2025 supercapacitor extreme values
 * @param customBlocks           manufacturer blocks 80–FE, in frame order; never {@code null}
 * @param signature              the 2025 terminal signature
 */
public record Realtime(LocalDateTime time, boolean reissue, VehicleData vehicle, List<MotorData> motors,
		FuelCellData fuelCell, HydrogenSystemData hydrogenSystem, EngineData engine, PositionData position,
		ExtremesData extremes, AlarmData alarm, List<CellVoltages> cellVoltages, List<ProbeTemperatures> temperatures,
		List<FuelCellStack> fuelCellStacks, SupercapacitorData supercapacitor,
		SupercapacitorExtremes supercapacitorExtremes, List<CustomBlock> customBlocks, Signature signature)
		implements Body {

	public Realtime {
		Objects.requireNonNull(time, "time");
		motors = copy(motors);
		cellVoltages = copy(cellVoltages);
		temperatures = copy(temperatures);
		fuelCellStacks = copy(fuelCellStacks);
		customBlocks = customBlocks == null ? List.of() : List.copyOf(customBlocks);
	}

	public static Builder builder(LocalDateTime time) {
		return new Builder(time);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? null : List.copyOf(list);
	}

	/** Collects information blocks; a block set twice keeps the last value. */
	public static final class Builder {
		private final LocalDateTime time;
		private boolean reissue;
		private VehicleData vehicle;
		private List<MotorData> motors;
		private FuelCellData fuelCell;
		private HydrogenSystemData hydrogenSystem;
		private EngineData engine;
		private PositionData position;
		private ExtremesData extremes;
		private AlarmData alarm;
		private List<CellVoltages> cellVoltages;
		private List<ProbeTemperatures> temperatures;
		private List<FuelCellStack> fuelCellStacks;
		private SupercapacitorData supercapacitor;
		private SupercapacitorExtremes supercapacitorExtremes;
		private final List<CustomBlock> customBlocks = new ArrayList<>();
		private Signature signature;

		private Builder(LocalDateTime time) {
			this.time = Objects.requireNonNull(time, "time");
		}

		public Builder reissue(boolean value) {
			reissue = value;
			return this;
		}

		public Builder vehicle(VehicleData value) {
			vehicle = value;
			return this;
		}

		public Builder motors(List<MotorData> value) {
			motors = value;
			return this;
		}

		public Builder motors(MotorData... value) {
			return motors(List.of(value));
		}

		public Builder fuelCell(FuelCellData value) {
			fuelCell = value;
			return this;
		}

		public Builder hydrogenSystem(HydrogenSystemData value) {
			hydrogenSystem = value;
			return this;
		}

		public Builder engine(EngineData value) {
			engine = value;
			return this;
		}

		public Builder position(PositionData value) {
			position = value;
			return this;
		}

		public Builder extremes(ExtremesData value) {
			extremes = value;
			return this;
		}

		public Builder alarm(AlarmData value) {
			alarm = value;
			return this;
		}

		public Builder cellVoltages(List<CellVoltages> value) {
			cellVoltages = value;
			return this;
		}

		public Builder cellVoltages(CellVoltages... value) {
			return cellVoltages(List.of(value));
		}

		public Builder temperatures(List<ProbeTemperatures> value) {
			temperatures = value;
			return this;
		}

		public Builder temperatures(ProbeTemperatures... value) {
			return temperatures(List.of(value));
		}

		public Builder fuelCellStacks(List<FuelCellStack> value) {
			fuelCellStacks = value;
			return this;
		}

		public Builder supercapacitor(SupercapacitorData value) {
			supercapacitor = value;
			return this;
		}

		public Builder supercapacitorExtremes(SupercapacitorExtremes value) {
			supercapacitorExtremes = value;
			return this;
		}

		public Builder customBlock(CustomBlock value) {
			customBlocks.add(Objects.requireNonNull(value, "value"));
			return this;
		}

		public Builder signature(Signature value) {
			signature = value;
			return this;
		}

		public Realtime build() {
			return new Realtime(time, reissue, vehicle, motors, fuelCell, hydrogenSystem, engine, position, extremes,
					alarm, cellVoltages, temperatures, fuelCellStacks, supercapacitor, supercapacitorExtremes,
					customBlocks, signature);
		}
	}
}
