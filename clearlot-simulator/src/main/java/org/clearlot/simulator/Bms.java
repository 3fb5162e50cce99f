package org.clearlot.simulator;

import org.clearlot.simulator.physics.Rng;

/**
 * The battery management system's state-of-charge estimate, which is NOT the truth. It counts the (imperfect)
 * measured current against its own belief of the capacity, picks up a random walk proportional to √throughput
 * (worse for LFP), and is re-anchored: fully at the end of a charge to 100 %, partly after a long rest from the
 * open-circuit voltage (well for NMC, poorly on LFP's flat plateau), and at the empty end. A large correction shows
 * as a SOC jump.
 */
final class Bms {

	/** Corrections of at least this much (2 SOC points) raise the SOC_JUMP alarm. */
	static final double JUMP_THRESHOLD = 0.02;
	private static final double HOLD_BELOW_FULL = 0.994;

	private final boolean lfp;
	private final double walkSigma;
	private double soc;
	private double capacityBeliefAh;
	private double pendingWalk;
	private double lastCorrection;
	private boolean anchoredAtRest;
	private double countedSinceAnchor;

	Bms(Chemistry chemistry, double trueSoc, double capacityBeliefAh, double initialError) {
		this.lfp = chemistry == Chemistry.LFP;
		this.walkSigma = lfp ? 0.025 : 0.012;
		this.soc = clamp(trueSoc + initialError);
		this.capacityBeliefAh = capacityBeliefAh;
	}

	/** Counts {@code measuredA} (positive = discharge) for {@code seconds}. */
	void count(double measuredA, double seconds, boolean holdBelowFull) {
		double fraction = measuredA * seconds / 3600 / capacityBeliefAh;
		soc -= fraction;
		pendingWalk += Math.abs(fraction);
		countedSinceAnchor += Math.abs(fraction);
		if (anchoredAtRest && countedSinceAnchor > 0.02) {
			anchoredAtRest = false;
		}
		if (holdBelowFull && soc > HOLD_BELOW_FULL) {
			soc = HOLD_BELOW_FULL;
		}
		soc = clamp(soc);
	}

	/** Applies the random walk accumulated since the last call (call every minute or so). */
	void walk(Rng rng) {
		if (pendingWalk > 0) {
			soc = clamp(soc + walkSigma * Math.sqrt(pendingWalk) * rng.gaussian());
			pendingWalk = 0;
		}
	}

	/**
	 * The end of a full charge: the cells reached their full voltage, so the BMS sets 100 %. When the session began
	 * at a good rest anchor and was wide ({@code trueWindow} of the true SOC), the BMS re-learns its capacity a little
	 * from its measured charge over that window (the window as its OCV table saw it: the truth within 1.5 %).
	 */
	void anchorFull(boolean startedAnchored, double trueWindow, double measuredAh, Rng rng) {
		lastCorrection = 1.0 - soc;
		soc = 1.0;
		if (startedAnchored && trueWindow >= 0.4) {
			double observed = measuredAh / trueWindow * (1 + rng.normal(0, 0.015));
			capacityBeliefAh += 0.2 * (observed - capacityBeliefAh);
		}
	}

	/** Whether the SOC was corrected from a good rest voltage and hardly counted since. */
	boolean anchoredAtRest() {
		return anchoredAtRest;
	}

	/** After a rest of {@code restSeconds}: an open-circuit-voltage correction toward {@code trueSoc}. */
	void anchorRest(double trueSoc, double restSeconds, Rng rng) {
		double weight;
		double sigma;
		if (lfp) {
			if (restSeconds < 2 * 3600) {
				return;
			}
			boolean steep = trueSoc < 0.3 || trueSoc > 0.95;
			weight = steep ? 0.8 : 0.25;
			sigma = steep ? 0.015 : 0.04;
		}
		else {
			if (restSeconds < 3600) {
				return;
			}
			weight = 0.85;
			sigma = 0.01;
		}
		double corrected = clamp(soc + weight * (trueSoc + rng.normal(0, sigma) - soc));
		lastCorrection = corrected - soc;
		soc = corrected;
		anchoredAtRest = weight >= 0.8;
		countedSinceAnchor = 0;
	}

	/** At the empty end the cell voltage collapses, which the BMS notices: it snaps toward the truth. */
	void anchorEmpty(double trueSoc) {
		if (soc > trueSoc + 0.02) {
			lastCorrection = trueSoc + 0.01 - soc;
			soc = trueSoc + 0.01;
		}
	}

	/** The correction since the last call (0 when none), for the SOC_JUMP alarm. */
	double takeCorrection() {
		double correction = lastCorrection;
		lastCorrection = 0;
		return correction;
	}

	double soc() {
		return soc;
	}

	/** The SOC as reported: whole percent, rounded half up. */
	int reportedPercent() {
		return (int) Math.floor(soc * 100 + 0.5);
	}

	double capacityBeliefAh() {
		return capacityBeliefAh;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}
}
