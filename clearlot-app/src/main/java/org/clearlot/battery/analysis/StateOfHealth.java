package org.clearlot.battery.analysis;

import java.util.Comparator;
import java.util.List;

import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Aggregates capacity estimates robustly into a state of health. A BMS counts its SOC with its own belief of the
 * capacity between anchors, so a charging session the BMS merely counted measures that belief, not the pack; only
 * between moments where its SOC is re-anchored (a full charge, an open-circuit reading after a rest) does a window
 * measure the pack ({@link AnchorWindows}). So the estimate rests on anchor-to-anchor windows only: the most recent
 * {@link AnalysisSettings#recentSessions()} of them, so that it follows the pack's fade, aggregated by their median
 * weighted by their SOC span (a wide window has less relative error from whole-percent SOC and sensor noise). Its
 * range is the order-statistic confidence interval of the median (the ranks where a Binomial(n, ½) leaves 5 % in each
 * tail), which assumes nothing about how the errors are distributed; an estimate whose range is wider than
 * {@link AnalysisSettings#maxRangeWidthPercent()} is not published. See docs/soh-method.md.
 */
public final class StateOfHealth {

	private static final double TAIL = 0.05;
	private static final double PLAUSIBLE_LOW = 0.5;
	private static final double PLAUSIBLE_HIGH = 1.2;

	private StateOfHealth() {
	}

	/** The estimate from a vehicle's sessions and windows, oldest first; {@code nominalKwh} may be null. */
	public static HealthEstimate estimate(List<ChargeSession> found, double nominalAh, Double nominalKwh,
			AnalysisSettings settings) {
		List<ChargeSession> usable = found.stream().filter(ChargeSession::usable)
			.filter(s -> plausible(s.capacityAh(), nominalAh)).toList();
		List<ChargeSession> sessions = usable.stream().filter(s -> s.kind() == ChargeSession.Kind.SESSION).toList();
		Double bmsIndicated = sessions.size() < settings.minSessions() ? null
				: percent(Median.withDefaults().withCopy(true).evaluate(capacities(recent(sessions, settings))),
						nominalAh);
		List<ChargeSession> windows = recent(usable.stream().filter(s -> s.kind() == ChargeSession.Kind.ANCHOR_WINDOW)
			.toList(), settings);
		if (windows.size() < settings.minSessions()) {
			return HealthEstimate.notYet(windows.size(), settings.minSessions(), settings.minWindowSoc(), bmsIndicated);
		}
		double[] sorted = capacities(windows);
		java.util.Arrays.sort(sorted);
		double median = weightedMedian(windows);
		int[] ranks = confidenceRanks(sorted.length);
		double low = Math.min(sorted[ranks[0]], median);
		double high = Math.max(sorted[ranks[1]], median);
		double width = percent(high, nominalAh) - percent(low, nominalAh);
		if (width > settings.maxRangeWidthPercent()) {
			return HealthEstimate.tooUncertain(windows.size(), width, settings.maxRangeWidthPercent(), bmsIndicated);
		}
		double[] energies = windows.stream().filter(s -> s.energyKwh() != null).mapToDouble(ChargeSession::energyKwh)
			.toArray();
		Double energySoh = nominalKwh == null || nominalKwh <= 0 || energies.length == 0 ? null
				: percent(Median.withDefaults().withCopy(true).evaluate(energies), nominalKwh);
		return new HealthEstimate(percent(median, nominalAh), percent(low, nominalAh), percent(high, nominalAh),
				round(median), round(low), round(high), energySoh, windows.size(), bmsIndicated, null);
	}

	/** The value where the windows' SOC spans, in ascending order of capacity, first reach half their total. */
	static double weightedMedian(List<ChargeSession> windows) {
		List<ChargeSession> byCapacity = windows.stream().sorted(Comparator.comparing(ChargeSession::capacityAh)).toList();
		double total = byCapacity.stream().mapToDouble(ChargeSession::windowSoc).sum();
		double cumulative = 0;
		for (ChargeSession window : byCapacity) {
			cumulative += window.windowSoc();
			if (cumulative >= total / 2) {
				return window.capacityAh();
			}
		}
		return byCapacity.get(byCapacity.size() - 1).capacityAh();
	}

	/**
	 * Zero-based ranks {lower, upper} of the sorted values that bound the median with at least 90 % confidence:
	 * the interval from the value of rank L to that of rank n − 1 − L misses the median with probability
	 * 2·P(Binomial(n, ½) ≤ L), so L is the largest rank where that is at most 10 %. With fewer than five values no
	 * rank reaches that, and the range is the whole span (minimum to maximum).
	 */
	static int[] confidenceRanks(int n) {
		BinomialDistribution binomial = BinomialDistribution.of(n, 0.5);
		int lower = 0;
		while (lower + 1 < (n - 1) / 2.0 && binomial.cumulativeProbability(lower + 1) <= TAIL) {
			lower++;
		}
		return new int[] { lower, n - 1 - lower };
	}

	/**
	 * Whether a capacity can be this pack's: between half and 1.2 times its nominal. Outside that, charge went
	 * uncounted (a trip the terminal did not report) or the SOC was not what it seemed.
	 */
	static boolean plausible(double capacityAh, double nominalAh) {
		return capacityAh >= PLAUSIBLE_LOW * nominalAh && capacityAh <= PLAUSIBLE_HIGH * nominalAh;
	}

	private static List<ChargeSession> recent(List<ChargeSession> found, AnalysisSettings settings) {
		return found.subList(Math.max(0, found.size() - settings.recentSessions()), found.size());
	}

	private static double[] capacities(List<ChargeSession> found) {
		return found.stream().mapToDouble(ChargeSession::capacityAh).toArray();
	}

	private static double percent(double value, double nominal) {
		return Math.round(value / nominal * 1000) / 10.0;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
