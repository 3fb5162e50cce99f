package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.ExtremesData;

/** 2016 extreme values, 14 bytes; see {@link ExtremesData}. */
final class Extremes2016Codec {

	private Extremes2016Codec() {
	}

	static ExtremesData decode(WireReader in) {
		if (!in.has(ExtremesData.LENGTH)) {
			return null;
		}
		return new ExtremesData(in.u8(), in.u8(), in.u16(), in.u8(), in.u8(), in.u16(), in.u8(), in.u8(), in.u8(),
				in.u8(), in.u8(), in.u8());
	}

	static void encode(ExtremesData extremes, WireWriter out) {
		out.u8(extremes.maxVoltageSubsystem()).u8(extremes.maxVoltageCell()).u16(extremes.maxCellVoltage())
				.u8(extremes.minVoltageSubsystem()).u8(extremes.minVoltageCell()).u16(extremes.minCellVoltage())
				.u8(extremes.maxTemperatureSubsystem()).u8(extremes.maxTemperatureProbe())
				.u8(extremes.maxTemperature()).u8(extremes.minTemperatureSubsystem())
				.u8(extremes.minTemperatureProbe()).u8(extremes.minTemperature());
	}
}
