package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.FuelCellData;

/** 2016 fuel cell data; see {@link FuelCellData}. */
final class FuelCell2016Codec {

	private FuelCell2016Codec() {
	}

	static FuelCellData decode(WireReader in, Notes notes) {
		if (!in.has(8)) {
			return null;
		}
		int voltage = in.u16(), current = in.u16(), consumption = in.u16();
		int probes = Counts.wordCount(in, notes, "fuel cell probe");
		if (!in.has(probes + (long) FuelCellData.FIXED_LENGTH - 8)) {
			return null;
		}
		return new FuelCellData(voltage, current, consumption, in.bytes(probes), in.u16(), in.u8(), in.u16(), in.u8(),
				in.u16(), in.u8(), in.u8());
	}

	static void encode(FuelCellData fuelCell, WireWriter out) {
		out.u16(fuelCell.voltage()).u16(fuelCell.current()).u16(fuelCell.consumption())
				.lengthPrefixed(fuelCell.probeTemperatures(), "fuel cell probes")
				.u16(fuelCell.maxHydrogenTemperature()).u8(fuelCell.maxTemperatureProbe())
				.u16(fuelCell.maxHydrogenConcentration()).u8(fuelCell.maxConcentrationSensor())
				.u16(fuelCell.maxHydrogenPressure()).u8(fuelCell.maxPressureSensor()).u8(fuelCell.dcDc());
	}
}
