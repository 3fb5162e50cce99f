package org.clearlot.gbt32960.realtime;

import java.util.List;

/**
 * 2016 extreme values (information type 06, 14 bytes): which cell has the highest and the lowest voltage and which
 * probe the highest and lowest temperature. 2025 has no such block: {@link #derive} computes it from the lists.
 *
 * <pre>
 * max-voltage subsystem | cell | voltage WORD mV | min-voltage subsystem | cell | voltage WORD mV |
 * max-temperature subsystem | probe | °C −40 | min-temperature subsystem | probe | °C −40
 *   01 02 0F DF 01 14 0F DC 01 01 3A 01 0A 38
 *   max 4.063 V at subsystem 1 cell 2, min 4.060 V at 1/20, max 18 °C at 1/probe 1, min 16 °C at 1/probe 10
 * </pre>
 *
 * @param maxVoltageSubsystem     subsystem of the highest cell voltage
 * @param maxVoltageCell          cell number (from 1) of the highest cell voltage
 * @param maxCellVoltage          raw highest cell voltage, mV
 * @param minVoltageSubsystem     subsystem of the lowest cell voltage
 * @param minVoltageCell          cell number of the lowest cell voltage
 * @param minCellVoltage          raw lowest cell voltage, mV
 * @param maxTemperatureSubsystem subsystem of the highest temperature
 * @param maxTemperatureProbe     probe number (from 1) of the highest temperature
 * @param maxTemperature          raw highest temperature (°C + 40)
 * @param minTemperatureSubsystem subsystem of the lowest temperature
 * @param minTemperatureProbe     probe number of the lowest temperature
 * @param minTemperature          raw lowest temperature (°C + 40)
 */
public record ExtremesData(int maxVoltageSubsystem, int maxVoltageCell, int maxCellVoltage, int minVoltageSubsystem,
		int minVoltageCell, int minCellVoltage, int maxTemperatureSubsystem, int maxTemperatureProbe,
		int maxTemperature, int minTemperatureSubsystem, int minTemperatureProbe, int minTemperature) {

	/** Length of the block after its type byte. */
	public static final int LENGTH = 14;

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

	/**
	 * The extremes of the given lists, sentinels skipped; a side with no value is all FF (invalid). Cell and probe
	 * numbers above 253 do not fit the BYTE and are sent as FF.
	 */
	public static ExtremesData derive(List<CellVoltages> voltages, List<ProbeTemperatures> temperatures) {
		int maxV = -1, maxVSub = 0xFF, maxVCell = 0xFF, minV = Integer.MAX_VALUE, minVSub = 0xFF, minVCell = 0xFF;
		for (CellVoltages block : voltages) {
			for (int i = 0; i < block.count(); i++) {
				int mv = block.millivolts()[i];
				if (mv >= 0xFFFE) {
					continue;
				}
				if (mv > maxV) {
					maxV = mv;
					maxVSub = block.number();
					maxVCell = byteOrInvalid(block.startIndex() + i);
				}
				if (mv < minV) {
					minV = mv;
					minVSub = block.number();
					minVCell = byteOrInvalid(block.startIndex() + i);
				}
			}
		}
		int maxT = -1, maxTSub = 0xFF, maxTProbe = 0xFF, minT = Integer.MAX_VALUE, minTSub = 0xFF, minTProbe = 0xFF;
		for (ProbeTemperatures block : temperatures) {
			for (int i = 0; i < block.count(); i++) {
				int t = block.rawAt(i);
				if (t >= 0xFE) {
					continue;
				}
				if (t > maxT) {
					maxT = t;
					maxTSub = block.number();
					maxTProbe = byteOrInvalid(i + 1);
				}
				if (t < minT) {
					minT = t;
					minTSub = block.number();
					minTProbe = byteOrInvalid(i + 1);
				}
			}
		}
		return new ExtremesData(maxVSub, maxVCell, maxV < 0 ? 0xFFFF : maxV, minVSub, minVCell,
				maxV < 0 ? 0xFFFF : minV, maxTSub, maxTProbe, maxT < 0 ? 0xFF : maxT, minTSub, minTProbe,
				maxT < 0 ? 0xFF : minT);
	}

	private static int byteOrInvalid(int number) {
		return number <= 0xFD ? number : 0xFF;
	}
}
