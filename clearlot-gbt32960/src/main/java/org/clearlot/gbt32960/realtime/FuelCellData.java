package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * 2016 fuel cell data (information type 03): stack output, fuel consumption, stack probe temperatures and the
 * hydrogen system's worst readings. Layout from GB/T 32960.3-2016 table 12, cross-checked with baichangda/MyFramework;
 * the hydrogen concentration offset (−10000 mg/kg) follows that implementation.
 *
 * <pre>
 * voltage WORD ×0.1 V | current WORD ×0.1 A | consumption WORD ×0.01 kg/100 km | probes WORD | probes × BYTE °C −40 |
 *   max H2 temperature WORD ×0.1 °C −40 | its probe BYTE | max H2 concentration WORD mg/kg −10000 | its sensor BYTE |
 *   max H2 pressure WORD ×0.1 MPa | its sensor BYTE | high-voltage DC-DC state BYTE
 *   0F A0 00 C8 00 64 00 02 41 42 02 BC 01 27 42 02 01 5E 03 01
 *   400.0 V, 20.0 A, 1.00 kg/100 km, probes 25 °C and 26 °C, H2 30.0 °C at probe 1, 50 mg/kg at sensor 2,
 *   35.0 MPa at sensor 3, DC-DC working
 * </pre>
 *
 * @param voltage                   raw stack voltage
 * @param current                   raw stack current
 * @param consumption               raw hydrogen consumption rate
 * @param probeTemperatures         raw stack probe temperatures (°C + 40); do not modify
 * @param maxHydrogenTemperature    raw highest hydrogen system temperature
 * @param maxTemperatureProbe       its probe number
 * @param maxHydrogenConcentration  raw highest hydrogen concentration
 * @param maxConcentrationSensor    its sensor number
 * @param maxHydrogenPressure       raw highest hydrogen pressure
 * @param maxPressureSensor         its sensor number
 * @param dcDc                      high-voltage DC-DC state, see {@link #dcDcState()}
 */
public record FuelCellData(int voltage, int current, int consumption, byte[] probeTemperatures,
		int maxHydrogenTemperature, int maxTemperatureProbe, int maxHydrogenConcentration, int maxConcentrationSensor,
		int maxHydrogenPressure, int maxPressureSensor, int dcDc) {

	/** Length of the block after its type byte, without the probe bytes. */
	public static final int FIXED_LENGTH = 18;

	public FuelCellData {
		Objects.requireNonNull(probeTemperatures, "probeTemperatures");
	}

	public double voltageV() {
		return Scaling.ofWord(voltage, 0.1, 0);
	}

	public double currentA() {
		return Scaling.ofWord(current, 0.1, 0);
	}

	public double consumptionKgPer100km() {
		return Scaling.ofWord(consumption, 0.01, 0);
	}

	/** Stack probe {@code i} (0-based) in °C. */
	public double probeCelsius(int i) {
		return Scaling.ofByte(probeTemperatures[i] & 0xFF, 1, -40);
	}

	public double maxHydrogenTemperatureC() {
		return Scaling.ofWord(maxHydrogenTemperature, 0.1, -40);
	}

	public double maxHydrogenConcentrationMgPerKg() {
		return Scaling.ofWord(maxHydrogenConcentration, 1, -10000);
	}

	public double maxHydrogenPressureMpa() {
		return Scaling.ofWord(maxHydrogenPressure, 0.1, 0);
	}

	public DcDcState dcDcState() {
		return DcDcState.of(dcDc);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FuelCellData that && voltage == that.voltage && current == that.current
				&& consumption == that.consumption && Arrays.equals(probeTemperatures, that.probeTemperatures)
				&& maxHydrogenTemperature == that.maxHydrogenTemperature
				&& maxTemperatureProbe == that.maxTemperatureProbe
				&& maxHydrogenConcentration == that.maxHydrogenConcentration
				&& maxConcentrationSensor == that.maxConcentrationSensor
				&& maxHydrogenPressure == that.maxHydrogenPressure && maxPressureSensor == that.maxPressureSensor
				&& dcDc == that.dcDc;
	}

	@Override
	public int hashCode() {
		return Objects.hash(voltage, current, consumption, Arrays.hashCode(probeTemperatures), maxHydrogenTemperature,
				maxTemperatureProbe, maxHydrogenConcentration, maxConcentrationSensor, maxHydrogenPressure,
				maxPressureSensor, dcDc);
	}

	@Override
	public String toString() {
		return "FuelCellData[voltage=" + voltage + ", current=" + current + ", consumption=" + consumption
				+ ", probes=" + Arrays.toString(probeTemperatures) + ", maxH2Temperature=" + maxHydrogenTemperature
				+ "@" + maxTemperatureProbe + ", maxH2Concentration=" + maxHydrogenConcentration + "@"
				+ maxConcentrationSensor + ", maxH2Pressure=" + maxHydrogenPressure + "@" + maxPressureSensor
				+ ", dcDc=" + dcDc + "]";
	}
}
