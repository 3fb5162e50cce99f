package org.clearlot.battery.analysis;

import java.time.Instant;

/** The running totals of a saved analysis state, for passports: throughput, temperature exposure, last reading. */
public record TotalsView(double chargedAh, double dischargedAh, double chargedKwh, double dischargedKwh,
		double aboveWhileChargingS, double aboveOtherwiseS, double belowWhileChargingS, double belowOtherwiseS,
		Instant lastAt, Double odometerKm, Double lastSocPercent, long readings) {

	public static TotalsView of(AccumulatorSnapshot state) {
		Throughput.Values throughput = state.throughput() == null ? new Throughput().values() : state.throughput();
		TemperatureExposure.Values exposure = state.exposure() == null
				? new TemperatureExposure.Values(0, 0, 0, 0) : state.exposure();
		return new TotalsView(throughput.chargedAh(), throughput.dischargedAh(), throughput.chargedKwh(),
				throughput.dischargedKwh(), exposure.aboveWhileChargingS(), exposure.aboveOtherwiseS(),
				exposure.belowWhileChargingS(), exposure.belowOtherwiseS(), state.lastAt(),
				Double.isNaN(state.odometerKm()) ? null : state.odometerKm(),
				state.last() == null || Double.isNaN(state.last().socPercent()) ? null : state.last().socPercent(),
				state.readings());
	}
}
