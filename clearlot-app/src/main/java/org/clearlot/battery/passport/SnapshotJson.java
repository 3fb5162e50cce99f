package org.clearlot.battery.passport;

import org.clearlot.battery.analysis.AccumulatorSnapshot;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Accumulator snapshots as JSON text (NaN, for values never seen, is written and read as the string "NaN"). */
final class SnapshotJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private SnapshotJson() {
	}

	static String write(AccumulatorSnapshot snapshot) {
		return JSON.writeValueAsString(snapshot);
	}

	static AccumulatorSnapshot read(String json) {
		return JSON.readValue(json, AccumulatorSnapshot.class);
	}
}
