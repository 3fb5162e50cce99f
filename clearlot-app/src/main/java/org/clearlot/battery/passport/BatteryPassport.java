package org.clearlot.battery.passport;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle's battery passport (the body of {@code GET /api/v1/vehicles/{vin}/battery}). State of health is the
 * estimated usable capacity over the nominal capacity, with its 90 % range; it is null, with {@code reason}, until
 * enough SOC-anchored windows were seen ({@code sessionsUsed} counts the windows it rests on, each containing one or
 * more charging or driving sessions). {@code bmsIndicatedSohPercent} is what charging sessions alone imply, which
 * mostly reflects the car's own BMS belief; it is shown for comparison. Throughput counts both directions; an equivalent full cycle is the nominal
 * capacity charged and discharged once.
 */
public record BatteryPassport(String vin, String packCode, String chemistry, Double sohPercent, Double sohLowPercent,
		Double sohHighPercent, Double estimatedCapacityAh, Double estimatedCapacityLowAh,
		Double estimatedCapacityHighAh, double nominalCapacityAh, double nominalEnergyKwh, Double energySohPercent,
		Double bmsIndicatedSohPercent,
		int sessionsUsed, int sessionsSeen, String reason, double equivalentFullCycles, double capacityThroughputAh,
		double chargedAh, double dischargedAh, double energyThroughputKwh, double chargedKwh, double dischargedKwh,
		List<Event> thermalEvents, Temperature temperature, List<CapacityPoint> capacityHistory,
		Instant lastReadingAt, Double odometerKm, Double stateOfChargePercent, long readings) {

	/** A negative event: when, what, the hottest probe meanwhile. */
	public record Event(Instant at, String type, Double peakTempC, Instant endedAt, int maxAlarmLevel) {
	}

	/** Hours above and below the temperature limits, while charging and otherwise. */
	public record Temperature(double highLimitC, double lowLimitC, double aboveLimitChargingHours,
			double aboveLimitOtherHours, double belowLimitChargingHours, double belowLimitOtherHours) {
	}

	/**
	 * One capacity estimate, for the chart of capacity over time: an anchor-to-anchor window ({@code anchored}, what
	 * the state of health rests on) or a charging session (what the BMS's counting implies).
	 */
	public record CapacityPoint(Instant at, double capacityAh, double sohPercent, boolean anchored) {
	}
}
