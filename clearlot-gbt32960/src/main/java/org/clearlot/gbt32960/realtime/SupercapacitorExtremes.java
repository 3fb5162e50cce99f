package org.clearlot.gbt32960.realtime;

/**
 * 2025 supercapacitor extreme values (information type 32, 18 bytes); cell and probe numbers are WORDs, unlike the
 * 2016 battery extremes. Layout from baichangda/MyFramework, the one public implementation found that decodes it.
 *
 * <pre>
 * max-voltage system | cell WORD | mV WORD | min-voltage system | cell WORD | mV WORD |
 *   max-temperature system | probe WORD | °C −40 | min-temperature system | probe WORD | °C −40
 *   01 00 02 0A 8D 01 00 01 0A 8C 01 00 01 41 01 00 01 41
 *   max 2.701 V at system 1 cell 2, min 2.700 V at 1/1, max and min 25 °C at 1/probe 1
 * </pre>
 *
 * @param maxVoltageSystem      system of the highest cell voltage
 * @param maxVoltageCell        its cell number
 * @param maxCellVoltage        raw highest cell voltage, mV
 * @param minVoltageSystem      system of the lowest cell voltage
 * @param minVoltageCell        its cell number
 * @param minCellVoltage        raw lowest cell voltage, mV
 * @param maxTemperatureSystem  system of the highest temperature
 * @param maxTemperatureProbe   its probe number
 * @param maxTemperature        raw highest temperature (°C + 40)
 * @param minTemperatureSystem  system of the lowest temperature
 * @param minTemperatureProbe   its probe number
 * @param minTemperature        raw lowest temperature (°C + 40)
 */
public record SupercapacitorExtremes(int maxVoltageSystem, int maxVoltageCell, int maxCellVoltage,
		int minVoltageSystem, int minVoltageCell, int minCellVoltage, int maxTemperatureSystem,
		int maxTemperatureProbe, int maxTemperature, int minTemperatureSystem, int minTemperatureProbe,
		int minTemperature) {

	/** Length of the block after its type byte. */
	public static final int LENGTH = 18;

	public double maxCellVoltageV() {
		return Scaling.ofWord(maxCellVoltage, 0.001, 0);
	}

	public double minCellVoltageV() {
		return Scaling.ofWord(minCellVoltage, 0.001, 0);
	}

	public double maxTemperatureC() {
		return Scaling.ofByte(maxTemperature, 1, -40);
	}

	public double minTemperatureC() {
		return Scaling.ofByte(minTemperature, 1, -40);
	}
}
