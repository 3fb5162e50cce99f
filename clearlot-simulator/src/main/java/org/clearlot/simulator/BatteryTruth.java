package org.clearlot.simulator;

import java.time.Instant;

/**
 * The TRUE state of a vehicle's battery at one moment, which no terminal reports: what an estimator from
 * telemetry tries to recover.
 *
 * @param vin                    the vehicle
 * @param at                     the moment
 * @param startSoh               true SoH at the fleet's epoch
 * @param soh                    true SoH now: usable capacity / nominal capacity
 * @param nominalCapacityAh      rated capacity
 * @param usableCapacityAh       true usable capacity = nominal × SoH
 * @param trueSocPercent         true state of charge (0–100, not rounded)
 * @param bmsSocPercent          the BMS's estimate (not rounded; the reading shows it rounded)
 * @param odometerKm             true odometer
 * @param chargeThroughputAh     charge into the pack since the epoch (charging and regeneration)
 * @param dischargeThroughputAh  charge out of the pack since the epoch
 * @param energyThroughputKwh    energy out of and into the pack since the epoch
 * @param equivalentFullCycles   (charge + discharge throughput) / 2 / nominal capacity since the epoch
 * @param internalResistanceOhm  pack resistance at 25 °C now (it grows as the battery ages)
 * @param failed                 whether a thermal event has ended the battery's life
 */
public record BatteryTruth(String vin, Instant at, double startSoh, double soh, double nominalCapacityAh,
		double usableCapacityAh, double trueSocPercent, double bmsSocPercent, double odometerKm,
		double chargeThroughputAh, double dischargeThroughputAh, double energyThroughputKwh,
		double equivalentFullCycles, double internalResistanceOhm, boolean failed) {
}
