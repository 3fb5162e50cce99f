package org.clearlot.battery.analysis;

/**
 * Time the pack spent above or below its temperature limits, split by whether it was charging or not (the Battery
 * Pass's temperature information): each interval between two readings counts with the earlier reading's state.
 */
final class TemperatureExposure {

	private final double highLimitC;
	private final double lowLimitC;
	private double aboveWhileChargingS;
	private double aboveOtherwiseS;
	private double belowWhileChargingS;
	private double belowOtherwiseS;

	/** The saved values, in seconds. */
	record Values(double aboveWhileChargingS, double aboveOtherwiseS, double belowWhileChargingS,
			double belowOtherwiseS) {
	}

	TemperatureExposure(double highLimitC, double lowLimitC, Values values) {
		this.highLimitC = highLimitC;
		this.lowLimitC = lowLimitC;
		if (values != null) {
			aboveWhileChargingS = values.aboveWhileChargingS();
			aboveOtherwiseS = values.aboveOtherwiseS();
			belowWhileChargingS = values.belowWhileChargingS();
			belowOtherwiseS = values.belowOtherwiseS();
		}
	}

	void add(Sample previous, double seconds) {
		boolean charging = previous.charging();
		if (previous.probeMaxC() > highLimitC) {
			if (charging) {
				aboveWhileChargingS += seconds;
			}
			else {
				aboveOtherwiseS += seconds;
			}
		}
		if (previous.probeMinC() < lowLimitC) {
			if (charging) {
				belowWhileChargingS += seconds;
			}
			else {
				belowOtherwiseS += seconds;
			}
		}
	}

	Values values() {
		return new Values(aboveWhileChargingS, aboveOtherwiseS, belowWhileChargingS, belowOtherwiseS);
	}
}
