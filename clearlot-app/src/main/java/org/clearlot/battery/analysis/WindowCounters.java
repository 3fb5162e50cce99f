package org.clearlot.battery.analysis;

/**
 * Running sums since a vehicle's first reading (or since readings went missing while it drove): the net charge and
 * energy into the pack (driving counts negative), the charge that flowed either way, and pack temperatures. Saved in
 * {@link AccumulatorSnapshot}.
 */
record WindowCounters(double netAh, double grossAh, double netKwh, double tempSum, long tempCount) {

	static final WindowCounters ZERO = new WindowCounters(0, 0, 0, 0, 0);

	/** The counters after the interval from {@code previous} to {@code current}, {@code hours} long. */
	WindowCounters next(Sample previous, Sample current, double hours) {
		double ah = Double.isNaN(previous.currentA()) || Double.isNaN(current.currentA()) ? 0
				: -(previous.currentA() + current.currentA()) / 2 * hours;
		double kwh = Double.isNaN(previous.voltageV()) || Double.isNaN(current.voltageV()) || ah == 0 ? 0
				: -(previous.currentA() * previous.voltageV() + current.currentA() * current.voltageV()) / 2 * hours
						/ 1000;
		boolean probes = !Double.isNaN(current.probeMaxC()) && !Double.isNaN(current.probeMinC());
		return new WindowCounters(netAh + ah, grossAh + Math.abs(ah), netKwh + kwh,
				tempSum + (probes ? (current.probeMaxC() + current.probeMinC()) / 2 : 0), tempCount + (probes ? 1 : 0));
	}
}
