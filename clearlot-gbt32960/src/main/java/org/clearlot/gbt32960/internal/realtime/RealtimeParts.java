package org.clearlot.gbt32960.internal.realtime;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
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

/** The blocks of one report as they are decoded; a repeated block is decoded, noted and dropped. */
final class RealtimeParts {

	private final Revision revision;
	private final Notes notes;
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
	private List<CustomBlock> customBlocks;
	Signature signature;
	private BlockKind current;
	private int currentOffset;
	private boolean truncated;

	RealtimeParts(Revision revision, Notes notes) {
		this.revision = revision;
		this.notes = notes;
	}

	/** Decodes one block whose type byte has been read; {@code false} if the data unit ends inside it. */
	boolean decode(BlockKind kind, WireReader in, int at) {
		boolean v2016 = revision == Revision.V2016;
		current = kind;
		currentOffset = at;
		switch (kind) {
			case VEHICLE -> vehicle = first(vehicle, VehicleCodec.decode(in, revision));
			case MOTORS -> motors = first(motors,
					v2016 ? Motors2016Codec.decode(in, notes) : Motors2025Codec.decode(in, notes));
			case FUEL_CELL -> fuelCell = first(fuelCell, FuelCell2016Codec.decode(in, notes));
			case HYDROGEN_SYSTEM -> hydrogenSystem = first(hydrogenSystem, HydrogenSystem2025Codec.decode(in));
			case ENGINE -> engine = first(engine, v2016 ? Engine2016Codec.decode(in) : Engine2025Codec.decode(in));
			case POSITION -> position = first(position,
					v2016 ? Position2016Codec.decode(in) : Position2025Codec.decode(in));
			case EXTREMES -> extremes = first(extremes, Extremes2016Codec.decode(in));
			case ALARM -> alarm = first(alarm, AlarmCodec.decode(in, revision, notes));
			case CELL_VOLTAGES -> cellVoltages = first(cellVoltages,
					v2016 ? CellVoltages2016Codec.decode(in, notes) : CellVoltages2025Codec.decode(in, notes));
			case TEMPERATURES -> temperatures = first(temperatures, TemperaturesCodec.decode(in, notes));
			case FUEL_CELL_STACKS -> fuelCellStacks = first(fuelCellStacks, FuelCellStacks2025Codec.decode(in, notes));
			case SUPERCAPACITOR -> supercapacitor = first(supercapacitor, Supercapacitor2025Codec.decode(in, notes));
			case SUPERCAPACITOR_EXTREMES -> supercapacitorExtremes = first(supercapacitorExtremes,
					SupercapacitorExtremes2025Codec.decode(in));
		}
		return !truncated;
	}

	/** Decodes a custom block (types 80–FE); {@code false} if the data unit ends inside it. */
	boolean decodeCustom(int type, WireReader in) {
		CustomBlock block = CustomBlockCodec.decode(type, in);
		if (block == null) {
			return false;
		}
		if (customBlocks == null) {
			customBlocks = new ArrayList<>(2);
		}
		customBlocks.add(block);
		return true;
	}

	Realtime toRealtime(LocalDateTime time, boolean reissue) {
		return new Realtime(time, reissue, vehicle, motors, fuelCell, hydrogenSystem, engine, position, extremes, alarm,
				cellVoltages, temperatures, fuelCellStacks, supercapacitor, supercapacitorExtremes, customBlocks,
				signature);
	}

	/** Keeps the first of repeated blocks; records whether the block just decoded was truncated. */
	private <T> T first(T existing, T decoded) {
		truncated = decoded == null;
		if (existing == null || decoded == null) {
			return existing == null ? decoded : existing;
		}
		notes.add("duplicate " + current.label + " block at offset " + currentOffset + " ignored; the first one is kept");
		return existing;
	}
}
