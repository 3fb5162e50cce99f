package org.clearlot.battery.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * A charging session in progress, as saved in {@link AccumulatorSnapshot}: where it started, the charge and energy
 * counted so far, its first and last SOC steps (SOC and counted charge and energy at the step; NaN before the first),
 * pack temperatures, and what disqualifies it.
 */
record OpenSession(Instant startedAt, double startSoc, Duration restBefore, Instant lastAt, double lastSoc,
		double chargedAh, double chargedKwh, double firstStepSoc, double firstStepAh, double firstStepKwh,
		double lastStepSoc, double lastStepAh, double lastStepKwh, double tempSum, int tempCount, boolean socFell,
		boolean discharged) {

	static OpenSession start(Sample first, Duration restBefore) {
		return new OpenSession(first.at(), first.socPercent(), restBefore, first.at(), first.socPercent(), 0, 0,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, temperature(first, 0),
				count(first), false, false);
	}

	/** The session after one more charging reading, {@code hours} after the previous one. */
	OpenSession next(Sample previous, Sample current, double hours) {
		double ampHours = Double.isNaN(previous.currentA()) || Double.isNaN(current.currentA()) ? 0
				: -(previous.currentA() + current.currentA()) / 2 * hours;
		double kilowattHours = Double.isNaN(previous.voltageV()) || Double.isNaN(current.voltageV()) ? 0
				: -(previous.currentA() * previous.voltageV() + current.currentA() * current.voltageV()) / 2 * hours
						/ 1000;
		double ah = chargedAh + (Double.isNaN(ampHours) ? 0 : ampHours);
		double kwh = chargedKwh + (Double.isNaN(kilowattHours) ? 0 : kilowattHours);
		double fSoc = firstStepSoc, fAh = firstStepAh, fKwh = firstStepKwh;
		double lSoc = lastStepSoc, lAh = lastStepAh, lKwh = lastStepKwh;
		boolean fell = socFell || current.socPercent() < lastSoc;
		if (current.socPercent() > lastSoc) {
			// the reported SOC ticked up somewhere between the two readings: count the step at their midpoint
			double stepAh = (chargedAh + ah) / 2;
			double stepKwh = (chargedKwh + kwh) / 2;
			if (Double.isNaN(fSoc)) {
				fSoc = current.socPercent();
				fAh = stepAh;
				fKwh = stepKwh;
			}
			lSoc = current.socPercent();
			lAh = stepAh;
			lKwh = stepKwh;
		}
		boolean reversed = discharged || current.currentA() > 2;
		return new OpenSession(startedAt, startSoc, restBefore, current.at(),
				Double.isNaN(current.socPercent()) ? lastSoc : current.socPercent(), ah, kwh, fSoc, fAh, fKwh, lSoc,
				lAh, lKwh, temperature(current, tempSum), tempCount + count(current), fell, reversed);
	}

	/**
	 * The finished session, judged against the settings; {@code completed} when it ended with the BMS reporting the
	 * charge complete, at {@code finalSoc}.
	 */
	ChargeSession close(boolean completed, double finalSoc, AnalysisSettings settings) {
		int window = Double.isNaN(firstStepSoc) ? 0 : (int) Math.round(lastStepSoc - firstStepSoc);
		double windowAh = window == 0 ? 0 : lastStepAh - firstStepAh;
		double windowKwh = window == 0 ? 0 : lastStepKwh - firstStepKwh;
		double meanTemp = tempCount == 0 ? Double.NaN : tempSum / tempCount;
		boolean full = completed && Math.max(lastSoc, Double.isNaN(finalSoc) ? lastSoc : finalSoc) >= 99.5;
		boolean anchored = full || restBefore.compareTo(settings.restBeforeAnchor()) >= 0;
		String rejection = rejection(window, meanTemp, settings);
		Double capacity = rejection == null ? windowAh / (window / 100.0) : null;
		Double energy = rejection == null && windowKwh > 0 ? windowKwh / (window / 100.0) : null;
		return new ChargeSession(startedAt, lastAt, startSoc, lastSoc, chargedAh, chargedKwh, window, windowAh,
				windowKwh, meanTemp, restBefore, full, anchored, capacity, energy, rejection);
	}

	private String rejection(int window, double meanTemp, AnalysisSettings settings) {
		if (window < settings.minSocWindow()) {
			return "SOC window of " + window + " points, below " + settings.minSocWindow();
		}
		if (socFell) {
			return "the reported SOC fell while charging";
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

	private static double temperature(Sample sample, double sum) {
		return Double.isNaN(sample.probeMaxC()) || Double.isNaN(sample.probeMinC()) ? sum
				: sum + (sample.probeMaxC() + sample.probeMinC()) / 2;
	}

	private static int count(Sample sample) {
		return Double.isNaN(sample.probeMaxC()) || Double.isNaN(sample.probeMinC()) ? 0 : 1;
	}
}
