package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stack of the 2025 fuel cell stack block (information type 30: a count BYTE, then one entry per stack). Layout
 * and scaling from baichangda/MyFramework, the one public GB/T 32960.3-2025 implementation found that decodes it;
 * the pressure unit (kPa) is this library's reading of its scaling.
 *
 * <pre>
 * number | voltage WORD ×0.1 V | current WORD ×0.1 A | H2 inlet pressure WORD ×0.1 kPa −100 |
 *   air inlet pressure WORD ×0.1 kPa −100 | air inlet °C −40 BYTE | coolant outlet probes WORD | probes × BYTE °C −40
 *   01 0F A0 03 E8 07 D0 05 DC 41 00 02 69 6A     stack 1, 400.0 V, 100.0 A, 100.0 kPa, 50.0 kPa, 25 °C, 65 °C, 66 °C
 * </pre>
 *
 * @param number                    stack number
 * @param voltage                   raw stack voltage
 * @param current                   raw stack current
 * @param hydrogenInletPressure     raw hydrogen inlet pressure
 * @param airInletPressure          raw air inlet pressure
 * @param airInletTemperature       raw air inlet temperature
 * @param coolantOutletTemperatures raw coolant outlet probe temperatures; do not modify
 */
public record FuelCellStack(int number, int voltage, int current, int hydrogenInletPressure, int airInletPressure,
		int airInletTemperature, byte[] coolantOutletTemperatures) {

	/** Length of one entry without its probe bytes. */
	public static final int FIXED_LENGTH = 12;

	public FuelCellStack {
		Objects.requireNonNull(coolantOutletTemperatures, "coolantOutletTemperatures");
	}

	public double voltageV() {
		return Scaling.ofWord(voltage, 0.1, 0);
	}

	public double currentA() {
		return Scaling.ofWord(current, 0.1, 0);
	}

	public double hydrogenInletPressureKpa() {
		return Scaling.ofWord(hydrogenInletPressure, 0.1, -100);
	}

	public double airInletPressureKpa() {
		return Scaling.ofWord(airInletPressure, 0.1, -100);
	}

	public double airInletTemperatureC() {
		return Scaling.ofByte(airInletTemperature, 1, -40);
	}

	/** Coolant outlet probe {@code i} (0-based) in °C. */
	public double coolantOutletCelsius(int i) {
		return Scaling.ofByte(coolantOutletTemperatures[i] & 0xFF, 1, -40);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FuelCellStack that && number == that.number && voltage == that.voltage
				&& current == that.current && hydrogenInletPressure == that.hydrogenInletPressure
				&& airInletPressure == that.airInletPressure && airInletTemperature == that.airInletTemperature
				&& Arrays.equals(coolantOutletTemperatures, that.coolantOutletTemperatures);
	}

	@Override
	public int hashCode() {
		return Objects.hash(number, voltage, current, hydrogenInletPressure, airInletPressure, airInletTemperature)
				* 31 + Arrays.hashCode(coolantOutletTemperatures);
	}

	@Override
	public String toString() {
		return "FuelCellStack[number=" + number + ", voltage=" + voltage + ", current=" + current + ", h2Inlet="
				+ hydrogenInletPressure + ", airInlet=" + airInletPressure + ", airTemperature=" + airInletTemperature
				+ ", coolant=" + Arrays.toString(coolantOutletTemperatures) + "]";
	}
}
