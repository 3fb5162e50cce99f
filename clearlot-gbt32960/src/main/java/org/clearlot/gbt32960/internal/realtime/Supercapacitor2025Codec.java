package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.SupercapacitorData;

/** 2025 supercapacitor data; see {@link SupercapacitorData}. */
final class Supercapacitor2025Codec {

	private Supercapacitor2025Codec() {
	}

	static SupercapacitorData decode(WireReader in, Notes notes) {
		if (!in.has(7)) {
			return null;
		}
		int number = in.u8(), voltage = in.u16(), current = in.u16();
		int cells = Counts.wordCount(in, notes, "supercapacitor cell");
		if (!in.has(2L * cells + 2)) {
			return null;
		}
		int[] millivolts = in.u16s(cells);
		int probes = Counts.wordCount(in, notes, "supercapacitor probe");
		if (!in.has(probes)) {
			return null;
		}
		return new SupercapacitorData(number, voltage, current, millivolts, in.bytes(probes));
	}

	static void encode(SupercapacitorData data, WireWriter out) {
		out.u8(data.number()).u16(data.voltage()).u16(data.current())
				.u16(WireWriter.count(data.cellMillivolts().length, 0xFFFD, "supercapacitor cells"));
		for (int millivolts : data.cellMillivolts()) {
			out.u16(millivolts);
		}
		out.lengthPrefixed(data.probeTemperatures(), "supercapacitor probes");
	}
}
