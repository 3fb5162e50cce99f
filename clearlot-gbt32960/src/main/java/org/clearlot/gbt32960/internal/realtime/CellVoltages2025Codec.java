package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.CellVoltages;

/** 2025 minimum-parallel-unit voltages: per pack all its cells, with a WORD count; see {@link CellVoltages}. */
final class CellVoltages2025Codec {

	private static final int HEADER = 7;

	private CellVoltages2025Codec() {
	}

	static List<CellVoltages> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "battery pack");
		if (count < 0) {
			return null;
		}
		CellVoltages[] packs = new CellVoltages[count];
		for (int i = 0; i < count; i++) {
			if (!in.has(HEADER)) {
				return null;
			}
			int number = in.u8(), voltage = in.u16(), current = in.u16();
			int cells = Counts.wordCount(in, notes, "cell voltage");
			if (!in.has(2L * cells)) {
				return null;
			}
			packs[i] = new CellVoltages(Revision.V2025, number, voltage, current, cells, 1, in.u16s(cells));
		}
		return List.of(packs);
	}

	static void encode(List<CellVoltages> packs, WireWriter out) {
		out.u8(WireWriter.count(packs.size(), 0xFD, "battery packs"));
		for (CellVoltages pack : packs) {
			out.u8(pack.number()).u16(pack.voltage()).u16(pack.current())
					.u16(WireWriter.count(pack.count(), 0xFFFD, "cells per pack"));
			for (int millivolts : pack.millivolts()) {
				out.u16(millivolts);
			}
		}
	}
}
