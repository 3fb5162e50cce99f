package org.clearlot.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the telemetry module. */
public interface TelemetryApi {

	/**
	 * Validates and stores readings of registered vehicles, all in one transaction, and returns only once they are
	 * durably committed. Invalid readings and readings of unknown VINs are rejected one by one; the rest are stored.
	 */
	IngestResult ingest(List<TelemetryReading> readings, TelemetrySource source);

	/** The reading with the newest collection time from any source. */
	Optional<StoredReading> latest(String vin);

	/** A vehicle's readings collected after {@code after} and up to {@code upTo}, oldest first, at most {@code limit}. */
	List<TelemetryReading> readings(String vin, Instant after, Instant upTo, int limit);

	/** Vehicles that sent data since this instant (their activity record changed after it). */
	List<String> vehiclesActiveSince(Instant since);

	/** Vehicles with readings that arrived late and were not acknowledged yet. */
	List<LateArrival> lateArrivals();

	/** The consumer has gone back over these late readings; later late arrivals (a newer sequence) stay. */
	void acknowledgeLateArrival(LateArrival arrival);
}
