package org.clearlot.gbt32960.realtime;

/**
 * 2025 fuel-cell engine and on-board hydrogen system data (information type 03, 12 bytes); the stacks themselves are
 * reported in type 30 ({@link FuelCellStack}). The public sources name the fields but not every unit: this layout and
 * its scaling follow baichangda/MyFramework (GB/T 32960.3-2025 parser), the one public implementation found; the raw
 * values are kept so that a correction of scaling never loses data.
 *
 * <pre>
 * max temperature WORD °C −40 | its probe BYTE | max H2 concentration WORD ×0.0001 % | its sensor BYTE |
 *   max H2 pressure WORD ×0.1 MPa | its sensor BYTE | DC-DC state BYTE | hydrogen left BYTE % |
 *   DC-DC controller temperature BYTE °C −40
 *   00 46 02 00 32 01 01 5E 03 01 50 55
 *   30 °C at probe 2, 0.005 % at sensor 1, 35.0 MPa at sensor 3, DC-DC working, 80 % left, controller 45 °C
 * </pre>
 *
 * @param maxTemperature           raw highest hydrogen system temperature
 * @param maxTemperatureProbe      its probe number
 * @param maxConcentration         raw highest hydrogen concentration
 * @param maxConcentrationSensor   its sensor number
 * @param maxPressure              raw highest hydrogen pressure
 * @param maxPressureSensor        its sensor number
 * @param dcDc                     high-voltage DC-DC state, see {@link #dcDcState()}
 * @param remainingHydrogen        raw hydrogen left, percent
 * @param dcDcControllerTemperature raw DC-DC controller temperature
 */
public record HydrogenSystemData(int maxTemperature, int maxTemperatureProbe, int maxConcentration,
		int maxConcentrationSensor, int maxPressure, int maxPressureSensor, int dcDc, int remainingHydrogen,
		int dcDcControllerTemperature) {

	/** Length of the block after its type byte. */
	public static final int LENGTH = 12;

	public double maxTemperatureC() {
		return Scaling.ofWord(maxTemperature, 1, -40);
	}

	public double maxConcentrationPercent() {
		return Scaling.ofWord(maxConcentration, 0.0001, 0);
	}

	public double maxPressureMpa() {
		return Scaling.ofWord(maxPressure, 0.1, 0);
	}

	public DcDcState dcDcState() {
		return DcDcState.of(dcDc);
	}

	public double remainingHydrogenPercent() {
		return Scaling.ofByte(remainingHydrogen, 1, 0);
	}

	public double dcDcControllerTemperatureC() {
		return Scaling.ofByte(dcDcControllerTemperature, 1, -40);
	}
}
