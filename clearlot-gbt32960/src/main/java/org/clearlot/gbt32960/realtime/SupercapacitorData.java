package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * 2025 supercapacitor data (information type 31). Layout and scaling from baichangda/MyFramework, the one public
 * GB/T 32960.3-2025 implementation found that decodes it; the current offset matches the 2025 pack current.
 *
 * <pre>
 * system number | voltage WORD ×0.1 V | current WORD ×0.1 A −3000 | cells WORD | cells × WORD mV |
 *   probes WORD | probes × BYTE °C −40
 *   01 03 E8 75 3A 00 02 0A 8C 0A 8D 00 01 41     system 1, 100.0 V, 1.0 A, cells 2.700 V and 2.701 V, one probe 25 °C
 * </pre>
 *
 * @param number             supercapacitor management system number
 * @param voltage            raw total voltage
 * @param current            raw total current
 * @param cellMillivolts     raw cell voltages, mV; do not modify
 * @param probeTemperatures  raw probe temperatures (°C + 40); do not modify
 */
public record SupercapacitorData(int number, int voltage, int current, int[] cellMillivolts,
		byte[] probeTemperatures) {

	/** Length of the block after its type byte, without the cell and probe values. */
	public static final int FIXED_LENGTH = 9;

	public SupercapacitorData {
		Objects.requireNonNull(cellMillivolts, "cellMillivolts");
		Objects.requireNonNull(probeTemperatures, "probeTemperatures");
	}

	public double voltageV() {
		return Scaling.ofWord(voltage, 0.1, 0);
	}

	public double currentA() {
		return Scaling.ofWord(current, 0.1, -3000);
	}

	/** Cell {@code i} (0-based) in volts. */
	public double cellVolts(int i) {
		return Scaling.ofWord(cellMillivolts[i], 0.001, 0);
	}

	/** Probe {@code i} (0-based) in °C. */
	public double probeCelsius(int i) {
		return Scaling.ofByte(probeTemperatures[i] & 0xFF, 1, -40);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SupercapacitorData that && number == that.number && voltage == that.voltage
				&& current == that.current && Arrays.equals(cellMillivolts, that.cellMillivolts)
				&& Arrays.equals(probeTemperatures, that.probeTemperatures);
	}

	@Override
	public int hashCode() {
		return Objects.hash(number, voltage, current) * 961 + Arrays.hashCode(cellMillivolts) * 31
				+ Arrays.hashCode(probeTemperatures);
	}

	@Override
	public String toString() {
		return "SupercapacitorData[number=" + number + ", voltage=" + voltage + ", current=" + current + ", cells="
				+ Arrays.toString(cellMillivolts) + ", probes=" + Arrays.toString(probeTemperatures) + "]";
	}
}
