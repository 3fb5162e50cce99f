package org.clearlot.gbt32960.realtime;

import java.util.Objects;
import org.clearlot.gbt32960.Revision;

/**
 * Combustion engine data (information type 04): 5 bytes in 2016, only the crank speed (2 bytes) in 2025.
 *
 * <pre>
 * 2016: state | crank speed WORD rpm | fuel consumption WORD ×0.01 L/100 km
 *   01 0B B8 02 EE      on, 3000 rpm, 7.50 L/100 km
 * 2025: crank speed WORD rpm
 *   0B B8               3000 rpm
 * </pre>
 *
 * @param revision        the revision
 * @param state           engine state (2016), {@link Sentinel#ABSENT_RAW} in 2025
 * @param crankSpeed      raw crankshaft speed
 * @param fuelConsumption raw fuel consumption (2016), {@link Sentinel#ABSENT_RAW} in 2025
 */
public record EngineData(Revision revision, int state, int crankSpeed, int fuelConsumption) {

	/** Length of the block after its type byte. */
	public static int length(Revision revision) {
		return revision == Revision.V2016 ? 5 : 2;
	}

	public EngineData {
		Objects.requireNonNull(revision, "revision");
	}

	/** A 2016 engine block. */
	public static EngineData of2016(EngineState state, int crankSpeedRpm, double litresPer100km) {
		return new EngineData(Revision.V2016, state.code(), Scaling.checkRaw(crankSpeedRpm, 2, "crank speed"),
				Scaling.toWord(litresPer100km, 0.01, 0, "fuel consumption"));
	}

	/** A 2025 engine block. */
	public static EngineData of2025(int crankSpeedRpm) {
		return new EngineData(Revision.V2025, Sentinel.ABSENT_RAW, Scaling.checkRaw(crankSpeedRpm, 2, "crank speed"),
				Sentinel.ABSENT_RAW);
	}

	public EngineState engineState() {
		return EngineState.of(state);
	}

	public double crankSpeedRpm() {
		return Scaling.ofWord(crankSpeed, 1, 0);
	}

	public double fuelConsumptionLPer100km() {
		return Scaling.ofWord(fuelConsumption, 0.01, 0);
	}
}
