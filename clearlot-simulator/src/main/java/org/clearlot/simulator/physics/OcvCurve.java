package org.clearlot.simulator.physics;

/**
 * A cell's open-circuit voltage as a function of its state of charge, tabulated every 5 % and interpolated
 * linearly on a 0.1 % grid. LFP is flat between about 30 % and 90 % (about 1 mV per SOC point), which is why its
 * BMS can hardly correct its SOC from a rest voltage there; NMC rises steadily.
 */
public final class OcvCurve {

	/** Cell OCV of an NMC (ternary) cell at 0, 5, …, 100 % SOC. */
	public static final OcvCurve NMC = new OcvCurve(new double[] { 3.000, 3.420, 3.500, 3.550, 3.590, 3.620, 3.640,
			3.660, 3.680, 3.710, 3.750, 3.790, 3.840, 3.880, 3.930, 3.980, 4.030, 4.070, 4.110, 4.150, 4.190 });

	/** Cell OCV of an LFP cell at 0, 5, …, 100 % SOC. */
	public static final OcvCurve LFP = new OcvCurve(new double[] { 2.800, 3.120, 3.200, 3.230, 3.250, 3.260, 3.270,
			3.280, 3.288, 3.292, 3.296, 3.300, 3.303, 3.307, 3.318, 3.326, 3.330, 3.334, 3.340, 3.370, 3.450 });

	private static final int STEPS = 1000;

	private final double[] grid = new double[STEPS + 1];

	private OcvCurve(double[] everyFivePercent) {
		for (int i = 0; i <= STEPS; i++) {
			double position = i / 50.0;
			int lower = Math.min((int) position, everyFivePercent.length - 2);
			double fraction = position - lower;
			grid[i] = everyFivePercent[lower] + fraction * (everyFivePercent[lower + 1] - everyFivePercent[lower]);
		}
	}

	/** Open-circuit voltage in volts at {@code soc} (0–1, clamped). */
	public double voltage(double soc) {
		double position = Math.max(0, Math.min(1, soc)) * STEPS;
		int lower = Math.min((int) position, STEPS - 1);
		double fraction = position - lower;
		return grid[lower] + fraction * (grid[lower + 1] - grid[lower]);
	}

	/** Slope dV/dSOC in volts per unit SOC at {@code soc}, from the surrounding 2 % of the curve. */
	public double slope(double soc) {
		double low = Math.max(0, soc - 0.01);
		double high = Math.min(1, soc + 0.01);
		return (voltage(high) - voltage(low)) / (high - low);
	}
}
