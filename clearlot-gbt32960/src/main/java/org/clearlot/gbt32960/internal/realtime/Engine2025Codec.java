package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.EngineData;
import org.clearlot.gbt32960.realtime.Sentinel;

/** 2025 engine: the crank speed only; see {@link EngineData}. */
final class Engine2025Codec {

	private Engine2025Codec() {
	}

	static EngineData decode(WireReader in) {
		if (!in.has(EngineData.length(Revision.V2025))) {
			return null;
		}
		return new EngineData(Revision.V2025, Sentinel.ABSENT_RAW, in.u16(), Sentinel.ABSENT_RAW);
	}

	static void encode(EngineData engine, WireWriter out) {
		out.u16(engine.crankSpeed());
	}
}
