package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.Sentinel;

/** 2016 position: status, longitude, latitude; see {@link PositionData}. */
final class Position2016Codec {

	private Position2016Codec() {
	}

	static PositionData decode(WireReader in) {
		if (!in.has(PositionData.length(Revision.V2016))) {
			return null;
		}
		return new PositionData(Revision.V2016, in.u8(), Sentinel.ABSENT_RAW, in.u32(), in.u32());
	}

	static void encode(PositionData position, WireWriter out) {
		out.u8(position.status()).u32(position.longitude()).u32(position.latitude());
	}
}
