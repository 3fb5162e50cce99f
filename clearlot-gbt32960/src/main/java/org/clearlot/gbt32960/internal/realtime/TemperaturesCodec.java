package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;

/** Probe temperatures, the same in both revisions; see {@link ProbeTemperatures}. */
final class TemperaturesCodec {

	private TemperaturesCodec() {
	}

	static List<ProbeTemperatures> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "temperature subsystem");
		if (count < 0) {
			return null;
		}
		ProbeTemperatures[] subsystems = new ProbeTemperatures[count];
		for (int i = 0; i < count; i++) {
			if (!in.has(3)) {
				return null;
			}
			int number = in.u8();
			int probes = Counts.wordCount(in, notes, "temperature probe");
			if (!in.has(probes)) {
				return null;
			}
			subsystems[i] = new ProbeTemperatures(number, in.bytes(probes));
		}
		return List.of(subsystems);
	}

	static void encode(List<ProbeTemperatures> subsystems, WireWriter out) {
		out.u8(WireWriter.count(subsystems.size(), 0xFD, "temperature subsystems"));
		for (ProbeTemperatures subsystem : subsystems) {
			out.u8(subsystem.number()).lengthPrefixed(subsystem.raw(), "temperature probes");
		}
	}
}
