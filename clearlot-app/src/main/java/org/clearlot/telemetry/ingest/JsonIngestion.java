package org.clearlot.telemetry.ingest;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.clearlot.telemetry.IngestResult;
import org.clearlot.telemetry.IngestResult.Rejection;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.TelemetryProperties;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP path: {@code {"readings":[…]}} with at most {@code clearlot.telemetry.max-readings-per-request} readings.
 * A body that is not of that shape is refused as a whole (400); a reading that cannot be read is rejected by its
 * index, and the rest go on to {@link TelemetryApi#ingest}.
 */
@Service
public class JsonIngestion {

	private final TelemetryFacade telemetry;
	private final TelemetryProperties properties;

	JsonIngestion(TelemetryFacade telemetry, TelemetryProperties properties) {
		this.telemetry = telemetry;
		this.properties = properties;
	}

	public IngestResult ingest(JsonNode body) {
		JsonNode readings = body == null ? null : body.get("readings");
		if (readings == null || !readings.isArray()) {
			throw InvalidInputException.of("readings", Reason.REQUIRED);
		}
		if (readings.size() > properties.maxReadingsPerRequest()) {
			throw InvalidInputException.of("readings", Reason.TOO_MANY_READINGS, readings.size(),
					properties.maxReadingsPerRequest());
		}
		List<TelemetryReading> parsed = new ArrayList<>(readings.size());
		List<Rejection> unreadable = new ArrayList<>();
		for (int index = 0; index < readings.size(); index++) {
			List<String> problems = new ArrayList<>();
			TelemetryReading reading = ReadingParser.parse(readings.get(index), problems);
			parsed.add(reading);
			if (reading == null) {
				unreadable.add(new Rejection(index, String.join("; ", problems)));
			}
		}
		IngestResult result = telemetry.ingest(parsed, TelemetrySource.HTTP);
		List<Rejection> rejected = new ArrayList<>(unreadable);
		// the facade rejects the unreadable ones again as "reading: is required"; keep the parse problems instead
		result.rejected().stream().filter(r -> parsed.get(r.index()) != null).forEach(rejected::add);
		rejected.sort(java.util.Comparator.comparingInt(Rejection::index));
		return new IngestResult(result.accepted(), result.duplicates(), rejected);
	}
}
