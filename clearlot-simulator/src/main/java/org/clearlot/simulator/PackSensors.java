package org.clearlot.simulator;

import org.clearlot.simulator.physics.NormalTable;
import org.clearlot.simulator.physics.OcvCurve;
import org.clearlot.simulator.physics.Rng;

/**
 * Produces the per-cell voltages and per-probe temperatures of a reading. Each cell has a fixed balance offset,
 * capacity deviation and resistance deviation that scale with age (a few mV of spread on a new NMC pack, more on an
 * old one and at the ends of the SOC range; LFP's plateau hides most of it); an optional weak cell. Probes sit at
 * fixed offsets and see more of the pack's internal heat when it is fast-charged or driven hard.
 */
final class PackSensors {

	private final OcvCurve ocv;
	private final int cells;
	private final float[] balance;
	private final float[] capacity;
	private final float[] resistance;
	private final float[] probeOffset;
	private final float[] probeGradient;
	private final double heatSpreadPerKw;
	private final int weakCell;
	private final int hotProbe;
	private final double weakCapacityLoss;

	PackSensors(VehicleSpec spec, Rng rng) {
		PackSpec pack = spec.pack();
		this.ocv = pack.chemistry().ocv();
		this.cells = pack.cellsInSeries();
		this.balance = new float[cells];
		this.capacity = new float[cells];
		this.resistance = new float[cells];
		for (int i = 0; i < cells; i++) {
			balance[i] = (float) rng.gaussian();
			capacity[i] = (float) rng.gaussian();
			resistance[i] = (float) rng.gaussian();
		}
		boolean liquid = spec.equipment().liquidCooling();
		this.probeOffset = new float[pack.probeCount()];
		this.probeGradient = new float[pack.probeCount()];
		for (int j = 0; j < probeOffset.length; j++) {
			probeOffset[j] = (float) rng.normal(0, liquid ? 0.8 : 1.5);
			probeGradient[j] = (float) rng.uniform(-0.4, 1.0);
		}
		this.heatSpreadPerKw = liquid ? 0.45 : 1.1;
		this.weakCell = spec.defects().weakCell() ? rng.nextInt(cells) : -1;
		this.weakCapacityLoss = rng.uniform(0.05, 0.12);
		this.hotProbe = rng.nextInt(probeOffset.length);
	}

	/**
	 * Cell voltages for pack SOC {@code soc}, current {@code currentA} and true SoH {@code soh}; {@code collapsed}
	 * shorts the failing cell (thermal runaway).
	 */
	CellVoltages cellVoltages(double soc, double currentA, double soh, double packResistanceOhm, boolean collapsed,
			Rng rng) {
		double wear = Math.max(0, 1 - soh);
		double balanceSigma = 0.0015 + 0.012 * wear;
		double capacitySigma = 0.004 + 0.02 * wear;
		double drop = currentA * packResistanceOhm / cells;
		double base = ocv.voltage(soc);
		double slope = ocv.slope(soc);
		double spread = soc - 0.5;
		short[] mv = new short[cells];
		long bits = 0;
		for (int i = 0; i < cells; i++) {
			if ((i & 3) == 0) {
				bits = rng.nextLong();
			}
			double noise = NormalTable.quantile((int) bits) * 0.0006;
			bits >>>= 16;
			double deviation = balanceSigma * balance[i] + spread * capacitySigma * capacity[i];
			double volts;
			if (i == weakCell) {
				volts = ocv.voltage(soc + deviation + spread * weakCapacityLoss) - drop * (1.3 + 0.04 * resistance[i]);
			}
			else {
				volts = base + slope * deviation - drop * (1 + 0.04 * resistance[i]);
			}
			int whole = (int) ((volts + noise) * 1000 + 0.5);
			mv[i] = (short) (whole < 0 ? 0 : whole);
		}
		if (collapsed) {
			mv[failingCell()] = (short) (200 + rng.nextInt(600));
		}
		return new CellVoltages(mv);
	}

	/** Probe temperatures around pack temperature {@code packC}, with {@code heatKw} of internal heat. */
	ProbeTemperatures probeTemperatures(double packC, double heatKw, double runawayKelvin, Rng rng) {
		short[] celsius = new short[probeOffset.length];
		double spread = heatKw * heatSpreadPerKw;
		for (int j = 0; j < celsius.length; j++) {
			double t = packC + probeOffset[j] + probeGradient[j] * spread + 0.35 * rng.gaussian();
			if (j == hotProbe) {
				t += runawayKelvin;
			}
			int whole = (int) Math.floor(t + 0.5);
			celsius[j] = (short) (whole < -40 ? -40 : whole > 210 ? 210 : whole);
		}
		return new ProbeTemperatures(celsius);
	}

	/** The cell that fails first in a thermal runaway (the weak one, when there is one). */
	int failingCell() {
		return weakCell >= 0 ? weakCell : cells / 2;
	}
}
