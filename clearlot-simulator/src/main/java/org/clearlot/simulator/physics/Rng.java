package org.clearlot.simulator.physics;

/**
 * A small, fast, reseedable pseudo-random generator (SplitMix64) with table-based normal deviates. Not thread-safe;
 * each simulated vehicle owns its own.
 */
public final class Rng {

	private long state;

	public Rng(long seed) {
		this.state = seed;
	}

	/** Restarts the sequence from {@code seed}. */
	public void reseed(long seed) {
		this.state = seed;
	}

	public long nextLong() {
		long z = (state += 0x9E3779B97F4A7C15L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Uniform in [0, 1). */
	public double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [low, high). */
	public double uniform(double low, double high) {
		return low + (high - low) * nextDouble();
	}

	/** Uniform integer in [0, bound). */
	public int nextInt(int bound) {
		return (int) ((nextLong() >>> 33) * bound >>> 31);
	}

	/** True with probability {@code p}. */
	public boolean chance(double p) {
		return nextDouble() < p;
	}

	/** A standard-normal deviate (from a quantile table: fast, bounded at about ±3.7). */
	public double gaussian() {
		return NormalTable.quantile((int) nextLong());
	}

	/** Normal with the given mean and standard deviation. */
	public double normal(double mean, double sd) {
		return mean + sd * gaussian();
	}

	/** Log-normal with the given median and log-space standard deviation. */
	public double logNormal(double median, double sigma) {
		return median * Math.exp(sigma * gaussian());
	}

	/** One of {@code values} with the matching {@code weights} (which need not sum to 1). */
	public double pick(double[] values, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = nextDouble() * total;
		for (int i = 0; i < values.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}
}
