package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.PositionData;

/** 2025 position: status, coordinate system, longitude, latitude; see {@link PositionData}. */
final class Position2025Codec {

	private Position2025Codec() {
	}

	static PositionData decode(WireReader in) {
		if (!in.has(PositionData.length(Revision.V2025))) {
			return null;
		}
		return new PositionData(Revision.V2025, in.u8(), in.u8(), in.u32(), in.u32());
	}

	static void encode(PositionData position, WireWriter out) {
		out.u8(position.status()).u8(position.coordinateSystem()).u32(position.longitude()).u32(position.latitude());
	}
}
