package org.clearlot.battery.analysis;

import java.time.Instant;

/** An alarm that is still going on, as saved in {@link AccumulatorSnapshot}. */
record OpenEvent(NegativeEventType type, Instant startedAt, Instant lastAt, double peakTempC, int maxLevel) {

	static OpenEvent start(NegativeEventType type, Sample sample) {
		return new OpenEvent(type, sample.at(), sample.at(), sample.probeMaxC(), sample.alarmLevel());
	}

	OpenEvent next(Sample sample) {
		double peak = Double.isNaN(peakTempC) ? sample.probeMaxC()
				: Double.isNaN(sample.probeMaxC()) ? peakTempC : Math.max(peakTempC, sample.probeMaxC());
		return new OpenEvent(type, startedAt, sample.at(), peak, Math.max(maxLevel, sample.alarmLevel()));
	}

	NegativeEvent close() {
		return new NegativeEvent(type, startedAt, lastAt, Double.isNaN(peakTempC) ? null : peakTempC, maxLevel);
	}
}
