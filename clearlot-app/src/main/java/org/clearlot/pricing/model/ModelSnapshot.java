package org.clearlot.pricing.model;

import java.util.Map;

/**
 * A trained model in storable form: its summary, the Tribuo model as protobuf bytes, the mean log price it is
 * centred on, the typical registration lag and the comparables counts (make|model → model year → cars).
 */
public record ModelSnapshot(ModelSummary summary, byte[] tribuoModel, double meanLogPrice,
		double registrationLagYears, Map<String, Map<Integer, Integer>> comparables) {
}
