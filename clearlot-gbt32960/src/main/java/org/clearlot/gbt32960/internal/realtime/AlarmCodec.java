package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.AlarmData;

/**
 * Alarm data, both revisions: 2025 appends the (flag bit, level) list to the common layout; see {@link AlarmData}.
 * Also checks that every listed level names a raised flag.
 */
final class AlarmCodec {

	private static final int[] NONE = new int[0];

	private AlarmCodec() {
	}

	static AlarmData decode(WireReader in, Revision revision, Notes notes) {
		if (!in.has(5)) {
			return null;
		}
		int maxLevel = in.u8();
		long flags = in.u32();
		int[] storage = faults(in, notes, "energy-storage fault");
		int[] motor = storage == null ? null : faults(in, notes, "drive-motor fault");
		int[] engine = motor == null ? null : faults(in, notes, "engine fault");
		int[] other = engine == null ? null : faults(in, notes, "other fault");
		if (other == null) {
			return null;
		}
		List<AlarmData.Level> levels = List.of();
		if (revision == Revision.V2025) {
			int count = Counts.byteCount(in, notes, "alarm level");
			if (count < 0 || !in.has(2L * count)) {
				return null;
			}
			AlarmData.Level[] entries = new AlarmData.Level[count];
			for (int i = 0; i < count; i++) {
				entries[i] = new AlarmData.Level(in.u8(), in.u8());
				if (entries[i].bit() > 31 || (flags & 1L << entries[i].bit()) == 0) {
					notes.add("alarm level list names flag bit " + entries[i].bit() + ", which is not raised");
				}
			}
			levels = List.of(entries);
		}
		return new AlarmData(revision, maxLevel, flags, storage, motor, engine, other, levels);
	}

	static void encode(AlarmData alarm, WireWriter out) {
		out.u8(alarm.maxLevel()).u32(alarm.generalFlags());
		for (int[] codes : new int[][] {alarm.storageFaults(), alarm.motorFaults(), alarm.engineFaults(),
				alarm.otherFaults()}) {
			out.u8(WireWriter.count(codes.length, 0xFD, "fault codes"));
			for (int code : codes) {
				out.u32(code & 0xFFFF_FFFFL);
			}
		}
		if (alarm.revision() == Revision.V2025) {
			out.u8(WireWriter.count(alarm.levels().size(), 0xFD, "alarm levels"));
			for (AlarmData.Level level : alarm.levels()) {
				out.u8(level.bit()).u8(level.level());
			}
		} else if (!alarm.levels().isEmpty()) {
			throw new IllegalArgumentException("the alarm level list is a 2025 field");
		}
	}

	private static int[] faults(WireReader in, Notes notes, String what) {
		int count = Counts.byteCount(in, notes, what);
		if (count < 0 || !in.has(4L * count)) {
			return null;
		}
		return count == 0 ? NONE : in.i32s(count);
	}
}
