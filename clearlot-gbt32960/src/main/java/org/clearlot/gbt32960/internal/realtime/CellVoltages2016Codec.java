package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.CellVoltages;

/** 2016 energy-storage voltages: per subsystem a frame's slice of its cells; see {@link CellVoltages}. */
final class CellVoltages2016Codec {

	private static final int HEADER = 10;

	private CellVoltages2016Codec() {
	}

	static List<CellVoltages> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "energy-storage subsystem");
		if (count < 0) {
			return null;
		}
		CellVoltages[] subsystems = new CellVoltages[count];
		for (int i = 0; i < count; i++) {
			if (!in.has(HEADER)) {
				return null;
			}
			int number = in.u8(), voltage = in.u16(), current = in.u16(), total = in.u16(), start = in.u16();
			int cells = in.u8();
			if (!in.has(2L * cells)) {
				return null;
			}
			if (cells > CellVoltages.MAX_CELLS_PER_FRAME_2016) {
				notes.add("subsystem " + number + " carries " + cells + " cells in one frame; 2016 allows 200");
			}
			subsystems[i] = new CellVoltages(Revision.V2016, number, voltage, current, total, start, in.u16s(cells));
		}
		return List.of(subsystems);
	}

	static void encode(List<CellVoltages> subsystems, WireWriter out) {
		out.u8(WireWriter.count(subsystems.size(), 0xFD, "energy-storage subsystems"));
		for (CellVoltages subsystem : subsystems) {
			out.u8(subsystem.number()).u16(subsystem.voltage()).u16(subsystem.current()).u16(subsystem.totalCells())
					.u16(subsystem.startIndex())
					.u8(WireWriter.count(subsystem.count(), CellVoltages.MAX_CELLS_PER_FRAME_2016,
							"cells per 2016 frame (split the subsystem with CellVoltages.split)"));
			for (int millivolts : subsystem.millivolts()) {
				out.u16(millivolts);
			}
		}
	}
}
