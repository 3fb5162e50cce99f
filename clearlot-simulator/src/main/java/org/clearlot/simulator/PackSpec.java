package org.clearlot.simulator;

/**
 * Nameplate of a traction battery pack.
 *
 * @param nominalCapacityAh rated capacity of the series string in ampere-hours
 * @param nominalVoltageV   rated pack voltage
 * @param chemistry         cell chemistry
 * @param cellsInSeries     series elements ("minimum parallel units"), each reported as one cell voltage
 * @param probeCount        temperature probes
 * @param packCode          GB/T 34014 battery code (24 characters), or null when unknown
 */
public record PackSpec(double nominalCapacityAh, double nominalVoltageV, Chemistry chemistry, int cellsInSeries,
		int probeCount, String packCode) {

	public PackSpec {
		if (!(nominalCapacityAh > 0) || !(nominalVoltageV > 0)) {
			throw new IllegalArgumentException("capacity and voltage must be positive");
		}
		if (chemistry == null) {
			throw new IllegalArgumentException("chemistry is required");
		}
		if (cellsInSeries < 1 || cellsInSeries > 65_000 || probeCount < 1 || probeCount > 65_000) {
			throw new IllegalArgumentException("cell and probe counts must be between 1 and 65,000");
		}
		if (packCode != null && packCode.length() != 24) {
			throw new IllegalArgumentException("a GB/T 34014 pack code has 24 characters: " + packCode);
		}
	}

	/** A pack whose cell count follows from its voltage and chemistry, with one probe per four cells (16–48). */
	public static PackSpec of(double nominalCapacityAh, double nominalVoltageV, Chemistry chemistry, String packCode) {
		int cells = Math.max(1, (int) Math.round(nominalVoltageV / chemistry.cellNominalV()));
		int probes = Math.max(16, Math.min(48, cells / 4));
		return new PackSpec(nominalCapacityAh, nominalVoltageV, chemistry, cells, probes, packCode);
	}

	/** Rated energy in kWh. */
	public double nominalEnergyKwh() {
		return nominalCapacityAh * nominalVoltageV / 1000;
	}
}
