package org.clearlot.catalog;

/** A registered vehicle's key facts for other modules. */
public record VehicleSummary(String vin, String make, String model, int year, Powertrain powertrain) {
}
