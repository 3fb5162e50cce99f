package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.Signer;
import org.clearlot.gbt32960.internal.SignatureCodec;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.CustomBlock;
import org.clearlot.gbt32960.realtime.Signature;

/**
 * Writes a realtime or reissue report: the time, the blocks in type order, custom blocks, then (2025) the
 * signature, taken from the {@link Signer} when one is given. Blocks of the other revision are rejected.
 */
public final class RealtimeEncoder {

	private RealtimeEncoder() {
	}

	public static void encode(Realtime report, Revision revision, WireWriter out, Signer signer) {
		int unitStart = out.position();
		out.time(report.time());
		boolean v2016 = revision == Revision.V2016;
		if (report.vehicle() != null) {
			type(out, BlockKind.VEHICLE, revision, report.vehicle().revision());
			VehicleCodec.encode(report.vehicle(), out);
		}
		if (report.motors() != null) {
			type(out, BlockKind.MOTORS, revision, report.motors().stream().map(m -> m.revision()).toList());
			if (v2016) {
				Motors2016Codec.encode(report.motors(), out);
			} else {
				Motors2025Codec.encode(report.motors(), out);
			}
		}
		if (report.fuelCell() != null) {
			type(out, BlockKind.FUEL_CELL, revision, revision);
			FuelCell2016Codec.encode(report.fuelCell(), out);
		}
		if (report.hydrogenSystem() != null) {
			type(out, BlockKind.HYDROGEN_SYSTEM, revision, revision);
			HydrogenSystem2025Codec.encode(report.hydrogenSystem(), out);
		}
		if (report.engine() != null) {
			type(out, BlockKind.ENGINE, revision, report.engine().revision());
			if (v2016) {
				Engine2016Codec.encode(report.engine(), out);
			} else {
				Engine2025Codec.encode(report.engine(), out);
			}
		}
		if (report.position() != null) {
			type(out, BlockKind.POSITION, revision, report.position().revision());
			if (v2016) {
				Position2016Codec.encode(report.position(), out);
			} else {
				Position2025Codec.encode(report.position(), out);
			}
		}
		if (report.extremes() != null) {
			type(out, BlockKind.EXTREMES, revision, revision);
			Extremes2016Codec.encode(report.extremes(), out);
		}
		if (report.alarm() != null) {
			type(out, BlockKind.ALARM, revision, report.alarm().revision());
			AlarmCodec.encode(report.alarm(), out);
		}
		if (report.cellVoltages() != null) {
			type(out, BlockKind.CELL_VOLTAGES, revision,
					report.cellVoltages().stream().map(c -> c.revision()).toList());
			if (v2016) {
				CellVoltages2016Codec.encode(report.cellVoltages(), out);
			} else {
				CellVoltages2025Codec.encode(report.cellVoltages(), out);
			}
		}
		if (report.temperatures() != null) {
			type(out, BlockKind.TEMPERATURES, revision, revision);
			TemperaturesCodec.encode(report.temperatures(), out);
		}
		if (report.fuelCellStacks() != null) {
			type(out, BlockKind.FUEL_CELL_STACKS, revision, revision);
			FuelCellStacks2025Codec.encode(report.fuelCellStacks(), out);
		}
		if (report.supercapacitor() != null) {
			type(out, BlockKind.SUPERCAPACITOR, revision, revision);
			Supercapacitor2025Codec.encode(report.supercapacitor(), out);
		}
		if (report.supercapacitorExtremes() != null) {
			type(out, BlockKind.SUPERCAPACITOR_EXTREMES, revision, revision);
			SupercapacitorExtremes2025Codec.encode(report.supercapacitorExtremes(), out);
		}
		for (CustomBlock block : report.customBlocks()) {
			CustomBlockCodec.encode(block, out);
		}
		signature(report, revision, out, signer, unitStart);
	}

	private static void signature(Realtime report, Revision revision, WireWriter out, Signer signer, int unitStart) {
		if (revision == Revision.V2016) {
			if (report.signature() != null || signer != null) {
				throw new IllegalArgumentException("2016 reports carry no signature");
			}
			return;
		}
		Signature signature = signer != null ? signer.sign(out.buffer(), unitStart, out.position() - unitStart)
				: report.signature();
		if (signer != null && signature == null) {
			throw new IllegalArgumentException("the signer returned no signature");
		}
		if (signature != null) {
			SignatureCodec.encode(signature, out.u8(0xFF));
		}
	}

	private static void type(WireWriter out, BlockKind kind, Revision frame, Revision block) {
		int type = kind.type(frame);
		if (type < 0) {
			throw new IllegalArgumentException("the " + kind.label + " block does not exist in " + frame);
		}
		if (block != frame) {
			throw new IllegalArgumentException("a " + block + " " + kind.label + " block in a " + frame + " frame");
		}
		out.u8(type);
	}

	private static void type(WireWriter out, BlockKind kind, Revision frame, List<Revision> blocks) {
		for (Revision block : blocks) {
			if (block != frame) {
				throw new IllegalArgumentException("a " + block + " " + kind.label + " block in a " + frame + " frame");
			}
		}
		type(out, kind, frame, frame);
	}
}
