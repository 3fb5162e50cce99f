package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.HydrogenSystemData;

/** 2025 fuel-cell engine and hydrogen system data, 12 bytes; see {@link HydrogenSystemData}. */
final class HydrogenSystem2025Codec {

	private HydrogenSystem2025Codec() {
	}

	static HydrogenSystemData decode(WireReader in) {
		if (!in.has(HydrogenSystemData.LENGTH)) {
			return null;
		}
		return new HydrogenSystemData(in.u16(), in.u8(), in.u16(), in.u8(), in.u16(), in.u8(), in.u8(), in.u8(),
				in.u8());
	}

	static void encode(HydrogenSystemData system, WireWriter out) {
		out.u16(system.maxTemperature()).u8(system.maxTemperatureProbe()).u16(system.maxConcentration())
				.u8(system.maxConcentrationSensor()).u16(system.maxPressure()).u8(system.maxPressureSensor())
				.u8(system.dcDc()).u8(system.remainingHydrogen()).u8(system.dcDcControllerTemperature());
	}
}
