package org.clearlot.battery.analysis;

/**
 * Charge and energy that went into and out of the pack, integrated over time by the trapezoid rule between
 * consecutive readings (never across a gap): the capacity and energy throughput of the Battery Pass.
 */
final class Throughput {

	private double chargedAh;
	private double dischargedAh;
	private double chargedKwh;
	private double dischargedKwh;

	/** The saved values, for {@link AccumulatorSnapshot}. */
	record Values(double chargedAh, double dischargedAh, double chargedKwh, double dischargedKwh) {
	}

	Throughput() {
	}

	Throughput(Values values) {
		chargedAh = values.chargedAh();
		dischargedAh = values.dischargedAh();
		chargedKwh = values.chargedKwh();
		dischargedKwh = values.dischargedKwh();
	}

	void add(Sample previous, Sample current, double hours) {
		if (Double.isNaN(previous.currentA()) || Double.isNaN(current.currentA())) {
			return;
		}
		double ampHours = (previous.currentA() + current.currentA()) / 2 * hours;
		if (ampHours >= 0) {
			dischargedAh += ampHours;
		}
		else {
			chargedAh -= ampHours;
		}
		if (Double.isNaN(previous.voltageV()) || Double.isNaN(current.voltageV())) {
			return;
		}
		double kilowattHours = (previous.currentA() * previous.voltageV() + current.currentA() * current.voltageV()) / 2
				* hours / 1000;
		if (kilowattHours >= 0) {
			dischargedKwh += kilowattHours;
		}
		else {
			chargedKwh -= kilowattHours;
		}
	}

	Values values() {
		return new Values(chargedAh, dischargedAh, chargedKwh, dischargedKwh);
	}
}
