package org.clearlot.pricing.model;

import java.util.List;
import java.util.Map;

/**
 * A trained model in storable form: its summary, the Tribuo model as protobuf bytes, the mean log price it is
 * centred on, the five fold models (protobuf bytes and mean log prices) that value listed cars, the typical
 * registration lag, the comparables counts (make|model → model year → cars) and each listing group's row count.
 */
public record ModelSnapshot(ModelSummary summary, byte[] tribuoModel, double meanLogPrice, List<byte[]> foldModels,
		List<Double> foldMeanLogPrices, double registrationLagYears, Map<String, Map<Integer, Integer>> comparables,
		Map<String, Integer> rowsByGroup) {
}
