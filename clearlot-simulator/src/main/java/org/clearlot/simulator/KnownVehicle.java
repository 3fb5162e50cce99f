package org.clearlot.simulator;

/**
 * What is known about a real vehicle (from a marketplace listing) before the generator fills in the rest; every
 * field but the VIN may be null.
 *
 * @param vin               the VIN
 * @param nominalCapacityAh rated capacity
 * @param nominalVoltageV   rated voltage
 * @param chemistry         cell chemistry
 * @param packCode          GB/T 34014 battery code
 * @param modelYear         model year (sets the battery's age)
 * @param odometerKm        current mileage (sets past cycling)
 * @param city              registration or listing city
 * @param plugInHybrid      whether it is a plug-in hybrid
 */
public record KnownVehicle(String vin, Double nominalCapacityAh, Double nominalVoltageV, Chemistry chemistry,
		String packCode, Integer modelYear, Double odometerKm, String city, Boolean plugInHybrid) {
}
