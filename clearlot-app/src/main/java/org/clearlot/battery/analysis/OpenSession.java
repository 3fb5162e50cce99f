package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * A charging session in progress, as saved in {@link AccumulatorSnapshot}: where it started, the charge and energy
 * counted so far, the highest SOC reported, its first and last SOC steps (the SOC reached and the charge and energy
 * counted at that moment; NaN before the first), pack temperatures, and what disqualifies it. A step is a new
 * highest SOC: the BMS's estimate wobbles by a point now and then, and a dip of one point is not taken for a
 * correction; a fall of two or more is.
 */
record OpenSession(Instant startedAt, double startSoc, Duration restBefore, Instant lastAt, double highestSoc,
		double chargedAh, double chargedKwh, double firstStepSoc, double firstStepAh, double firstStepKwh,
		double lastStepSoc, double lastStepAh, double lastStepKwh, double tempSum, int tempCount, boolean socFell,
		boolean discharged) {

	private static final double FALL = 2;

	static OpenSession start(Sample first, Duration restBefore) {
		return new OpenSession(first.at(), first.socPercent(), restBefore, first.at(), first.socPercent(), 0, 0,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, temperature(first, 0),
				count(first), false, false);
	}

	/** The session after one more reading, {@code hours} after the previous one. */
	OpenSession next(Sample previous, Sample current, double hours) {
		double ah = chargedAh + charge(previous.currentA(), current.currentA(), hours);
		double kwh = chargedKwh + charge(previous.currentA() * previous.voltageV(),
				current.currentA() * current.voltageV(), hours) / 1000;
		double soc = current.socPercent();
		double fSoc = firstStepSoc, fAh = firstStepAh, fKwh = firstStepKwh;
		double lSoc = lastStepSoc, lAh = lastStepAh, lKwh = lastStepKwh;
		if (soc > highestSoc) {
			// the reported SOC ticked up somewhere between the two readings: count the step at their midpoint
			double stepAh = (chargedAh + ah) / 2;
			double stepKwh = (chargedKwh + kwh) / 2;
			if (Double.isNaN(fSoc)) {
				fSoc = soc;
				fAh = stepAh;
				fKwh = stepKwh;
			}
			lSoc = soc;
			lAh = stepAh;
			lKwh = stepKwh;
		}
		boolean fell = socFell || soc <= highestSoc - FALL;
		boolean reversed = discharged || current.currentA() > 2;
		return new OpenSession(startedAt, startSoc, restBefore, current.at(),
				Double.isNaN(soc) ? highestSoc : Math.max(highestSoc, soc), ah, kwh, fSoc, fAh, fKwh, lSoc, lAh, lKwh,
				temperature(current, tempSum), tempCount + count(current), fell, reversed);
	}

	/**
	 * The finished session, judged against the settings; {@code completed} when its last reading is the BMS
	 * reporting the charge complete (the caller has taken that reading in with {@link #next}).
	 */
	ChargeSession close(boolean completed, AnalysisSettings settings) {
		int window = Double.isNaN(firstStepSoc) ? 0 : (int) Math.round(lastStepSoc - firstStepSoc);
		double windowAh = window == 0 ? 0 : lastStepAh - firstStepAh;
		double windowKwh = window == 0 ? 0 : lastStepKwh - firstStepKwh;
		double meanTemp = tempCount == 0 ? Double.NaN : tempSum / tempCount;
		boolean full = completed && highestSoc >= 99.5;
		boolean anchored = full && restBefore.compareTo(settings.restBeforeAnchor()) >= 0;
		String rejection = rejection(window, meanTemp, settings);
		Double capacity = rejection == null ? windowAh / (window / 100.0) : null;
		Double energy = rejection == null && windowKwh > 0 ? windowKwh / (window / 100.0) : null;
		return new ChargeSession(ChargeSession.Kind.SESSION, startedAt, lastAt, startSoc, highestSoc, chargedAh, chargedKwh, window, windowAh,
				windowKwh, meanTemp, restBefore, full, anchored, capacity, energy, rejection);
	}

	private String rejection(int window, double meanTemp, AnalysisSettings settings) {
		if (window < settings.minSocWindow()) {
			return "SOC window of " + window + " points, below " + settings.minSocWindow();
		}
		if (socFell) {
			return "the reported SOC fell by " + (int) FALL + " points or more while charging";
		}
		if (discharged) {
			return "the pack discharged during the session";
		}
		if (Double.isNaN(meanTemp) || meanTemp < settings.minSessionTempC() || meanTemp > settings.maxSessionTempC()) {
			return "mean pack temperature outside " + (int) settings.minSessionTempC() + "–"
					+ (int) settings.maxSessionTempC() + " °C";
		}
		return null;
	}

	/** Charge (or energy) into the pack between two readings by the trapezoid rule; charging current is negative. */
	private static double charge(double previous, double current, double hours) {
		return Double.isNaN(previous) || Double.isNaN(current) ? 0 : -(previous + current) / 2 * hours;
	}

	private static double temperature(Sample sample, double sum) {
		return Double.isNaN(sample.probeMaxC()) || Double.isNaN(sample.probeMinC()) ? sum
				: sum + (sample.probeMaxC() + sample.probeMinC()) / 2;
	}

	private static int count(Sample sample) {
		return Double.isNaN(sample.probeMaxC()) || Double.isNaN(sample.probeMinC()) ? 0 : 1;
	}
}
