package org.clearlot.battery.analysis;

import java.util.List;

import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Aggregates capacity estimates robustly into a state of health. Of the usable sessions, the anchored ones (started
 * after a long rest or ended fully charged, where the BMS's SOC is most trustworthy) are preferred when there are
 * enough of them; the most recent {@link AnalysisSettings#recentSessions()} are kept, so the estimate follows the
 * pack's fade. The estimate is their median; its range is the order-statistic confidence interval of the median
 * (the ranks where a Binomial(n, ½) leaves 5 % in each tail), which assumes nothing about how the session errors are
 * distributed. See docs/soh-method.md.
 */
public final class StateOfHealth {

	private static final double TAIL = 0.05;

	private StateOfHealth() {
	}

	/** The estimate from a vehicle's sessions, oldest first; {@code nominalKwh} may be null. */
	public static HealthEstimate estimate(List<ChargeSession> sessions, double nominalAh, Double nominalKwh,
			AnalysisSettings settings) {
		List<ChargeSession> usable = sessions.stream().filter(ChargeSession::usable).toList();
		if (usable.size() < settings.minSessions()) {
			return HealthEstimate.notYet(usable.size(), settings.minSessions());
		}
		List<ChargeSession> anchored = usable.stream().filter(ChargeSession::anchored).toList();
		boolean anchoredOnly = anchored.size() >= settings.minSessions();
		List<ChargeSession> basis = recent(anchoredOnly ? anchored : usable, settings.recentSessions());
		double[] capacities = basis.stream().mapToDouble(ChargeSession::capacityAh).sorted().toArray();
		double median = Median.withDefaults().withCopy(true).evaluate(capacities);
		int[] ranks = confidenceRanks(capacities.length);
		double low = capacities[ranks[0]];
		double high = capacities[ranks[1]];
		double[] energies = basis.stream().filter(s -> s.energyKwh() != null).mapToDouble(ChargeSession::energyKwh)
			.toArray();
		Double energySoh = nominalKwh == null || nominalKwh <= 0 || energies.length == 0 ? null
				: percent(Median.withDefaults().withCopy(true).evaluate(energies), nominalKwh);
		return new HealthEstimate(percent(median, nominalAh), percent(low, nominalAh), percent(high, nominalAh),
				round(median), round(low), round(high), energySoh, basis.size(), anchoredOnly, null);
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

	private static List<ChargeSession> recent(List<ChargeSession> sessions, int count) {
		return sessions.subList(Math.max(0, sessions.size() - count), sessions.size());
	}

	private static double percent(double value, double nominal) {
		return Math.round(value / nominal * 1000) / 10.0;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
