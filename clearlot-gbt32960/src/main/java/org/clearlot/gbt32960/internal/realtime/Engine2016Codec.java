package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.EngineData;

/** 2016 engine: state, crank speed, fuel consumption; see {@link EngineData}. */
final class Engine2016Codec {

	private Engine2016Codec() {
	}

	static EngineData decode(WireReader in) {
		if (!in.has(EngineData.length(Revision.V2016))) {
			return null;
		}
		return new EngineData(Revision.V2016, in.u8(), in.u16(), in.u16());
	}

	static void encode(EngineData engine, WireWriter out) {
		out.u8(engine.state()).u16(engine.crankSpeed()).u16(engine.fuelConsumption());
	}
}
