package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.SupercapacitorExtremes;

/** 2025 supercapacitor extreme values, 18 bytes; see {@link SupercapacitorExtremes}. */
final class SupercapacitorExtremes2025Codec {

	private SupercapacitorExtremes2025Codec() {
	}

	static SupercapacitorExtremes decode(WireReader in) {
		if (!in.has(SupercapacitorExtremes.LENGTH)) {
			return null;
		}
		return new SupercapacitorExtremes(in.u8(), in.u16(), in.u16(), in.u8(), in.u16(), in.u16(), in.u8(), in.u16(),
				in.u8(), in.u8(), in.u16(), in.u8());
	}

	static void encode(SupercapacitorExtremes e, WireWriter out) {
		out.u8(e.maxVoltageSystem()).u16(e.maxVoltageCell()).u16(e.maxCellVoltage()).u8(e.minVoltageSystem())
				.u16(e.minVoltageCell()).u16(e.minCellVoltage()).u8(e.maxTemperatureSystem())
				.u16(e.maxTemperatureProbe()).u8(e.maxTemperature()).u8(e.minTemperatureSystem())
				.u16(e.minTemperatureProbe()).u8(e.minTemperature());
	}
}
