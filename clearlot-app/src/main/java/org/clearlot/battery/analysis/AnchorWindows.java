package org.clearlot.battery.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Capacity between SOC anchors. Between anchors a BMS counts its SOC against its own belief of the capacity, so a
 * window it merely counted measures that belief, not the pack. Its SOC is the pack's own at two kinds of moment: a
 * full charge (complete at 100 %), and the first reading after a long rest, when it has corrected its SOC from the
 * open-circuit voltage. From one anchor to a later one, the net charge Clearlot counts from the current, over the
 * SOC points between them, is the usable capacity. The net is a difference, while a current sensor's offset and gain
 * errors grow with all the charge that flowed, so a window qualifies only where the charge that flowed either way is
 * at most {@value #MAX_GROSS_PER_NET} times the net. At each anchor the widest qualifying window from the anchors of
 * the last {@link #LOOKBACK} is taken. On a flat OCV curve (LFP) a rest says little between 30 and 95 %, so there only
 * rests outside that band anchor.
 */
final class AnchorWindows {

	static final double MAX_GROSS_PER_NET = 2.5;
	static final Duration LOOKBACK = Duration.ofDays(3);
	private static final int MAX_ANCHORS = 12;
	private static final double FLAT_LOW = 30;
	private static final double FLAT_HIGH = 95;

	private final AnalysisSettings settings;
	private final boolean flatOcv;

	AnchorWindows(AnalysisSettings settings, boolean flatOcv) {
		this.settings = settings;
		this.flatOcv = flatOcv;
	}

	/**
	 * The anchors to keep after the current reading, whose counters already include it; emits the widest qualifying
	 * window ending at it when it is an anchor.
	 */
	List<AnchorPoint> advance(List<AnchorPoint> anchors, Sample current, Duration since, WindowCounters counters,
			Findings findings) {
		if (Double.isNaN(current.socPercent())) {
			return anchors;
		}
		boolean rested = since == null || since.compareTo(settings.restBeforeAnchor()) >= 0;
		boolean full = current.chargeComplete() && current.socPercent() >= 99.5;
		boolean restAnchor = rested && !current.charging() && (!flatOcv || current.socPercent() < FLAT_LOW
				|| current.socPercent() > FLAT_HIGH);
		if (!full && !restAnchor) {
			return anchors;
		}
		AnchorPoint end = new AnchorPoint(current.at(), current.socPercent(), full, since == null ? Duration.ZERO : since,
				counters);
		List<AnchorPoint> kept = new ArrayList<>();
		AnchorPoint best = null;
		for (AnchorPoint start : anchors) {
			if (Duration.between(start.at(), end.at()).compareTo(LOOKBACK) > 0) {
				continue;
			}
			kept.add(start);
			if (qualifies(start, end) && (best == null || Math.abs(end.soc() - start.soc()) > Math.abs(end.soc() - best.soc()))) {
				best = start;
			}
		}
		if (best != null) {
			findings.session(window(best, end));
			AnchorPoint used = best;
			kept.removeIf(anchor -> !anchor.at().isAfter(used.at()));
		}
		kept.add(end);
		return kept.size() > MAX_ANCHORS ? kept.subList(kept.size() - MAX_ANCHORS, kept.size()) : kept;
	}

	private boolean qualifies(AnchorPoint start, AnchorPoint end) {
		double delta = end.soc() - start.soc();
		double net = end.counters().netAh() - start.counters().netAh();
		double gross = end.counters().grossAh() - start.counters().grossAh();
		return Math.abs(delta) >= settings.minWindowSoc() && Math.signum(net) == Math.signum(delta)
				&& gross <= MAX_GROSS_PER_NET * Math.abs(net);
	}

	private ChargeSession window(AnchorPoint start, AnchorPoint end) {
		double delta = end.soc() - start.soc();
		WindowCounters a = start.counters();
		WindowCounters b = end.counters();
		double net = b.netAh() - a.netAh();
		double netKwh = b.netKwh() - a.netKwh();
		long temps = b.tempCount() - a.tempCount();
		double meanTemp = temps == 0 ? Double.NaN : (b.tempSum() - a.tempSum()) / temps;
		String rejection = Double.isNaN(meanTemp) || meanTemp < settings.minWindowTempC()
				|| meanTemp > settings.maxSessionTempC() ? "mean pack temperature outside "
						+ (int) settings.minWindowTempC() + "–" + (int) settings.maxSessionTempC() + " °C" : null;
		int span = (int) Math.round(Math.abs(delta));
		return new ChargeSession(ChargeSession.Kind.ANCHOR_WINDOW, start.at(), end.at(), start.soc(), end.soc(), net,
				netKwh, span, net, netKwh, meanTemp, start.restBefore(), start.full() || end.full(), true,
				rejection == null ? net / (delta / 100) : null,
				rejection == null && netKwh != 0 ? netKwh / (delta / 100) : null, rejection);
	}
}
