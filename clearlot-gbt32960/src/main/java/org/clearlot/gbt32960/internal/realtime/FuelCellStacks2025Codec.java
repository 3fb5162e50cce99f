package org.clearlot.gbt32960.internal.realtime;

import java.util.List;
import org.clearlot.gbt32960.internal.Notes;
import org.clearlot.gbt32960.internal.WireReader;
import org.clearlot.gbt32960.internal.WireWriter;
import org.clearlot.gbt32960.realtime.FuelCellStack;

/** 2025 fuel cell stacks: a count, then one entry per stack; see {@link FuelCellStack}. */
final class FuelCellStacks2025Codec {

	private FuelCellStacks2025Codec() {
	}

	static List<FuelCellStack> decode(WireReader in, Notes notes) {
		int count = Counts.byteCount(in, notes, "fuel cell stack");
		if (count < 0) {
			return null;
		}
		FuelCellStack[] stacks = new FuelCellStack[count];
		for (int i = 0; i < count; i++) {
			if (!in.has(FuelCellStack.FIXED_LENGTH)) {
				return null;
			}
			int number = in.u8(), voltage = in.u16(), current = in.u16(), hydrogen = in.u16(), air = in.u16();
			int airTemperature = in.u8();
			int probes = Counts.wordCount(in, notes, "coolant outlet probe");
			if (!in.has(probes)) {
				return null;
			}
			stacks[i] = new FuelCellStack(number, voltage, current, hydrogen, air, airTemperature, in.bytes(probes));
		}
		return List.of(stacks);
	}

	static void encode(List<FuelCellStack> stacks, WireWriter out) {
		out.u8(WireWriter.count(stacks.size(), 0xFD, "fuel cell stacks"));
		for (FuelCellStack stack : stacks) {
			out.u8(stack.number()).u16(stack.voltage()).u16(stack.current()).u16(stack.hydrogenInletPressure())
					.u16(stack.airInletPressure()).u8(stack.airInletTemperature())
					.lengthPrefixed(stack.coolantOutletTemperatures(), "coolant outlet probes");
		}
	}
}
