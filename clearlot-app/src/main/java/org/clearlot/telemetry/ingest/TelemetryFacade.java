package org.clearlot.telemetry.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.Vin;
import org.clearlot.telemetry.IngestResult;
import org.clearlot.telemetry.IngestResult.Rejection;
import org.clearlot.telemetry.LateArrival;
import org.clearlot.telemetry.StoredReading;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.TelemetryProperties;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;
import org.clearlot.telemetry.store.NewReading;
import org.clearlot.telemetry.store.ReadingQueries;
import org.clearlot.telemetry.store.TelemetryStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion and reads of telemetry. A batch is checked reading by reading (rules, then whether the VIN is
 * registered), and what passes is stored in one transaction that has committed when this returns.
 */
@Service
class TelemetryFacade implements TelemetryApi {

	private final TelemetryStore store;
	private final ReadingQueries queries;
	private final CatalogApi catalog;
	private final TelemetryProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	TelemetryFacade(TelemetryStore store, ReadingQueries queries, CatalogApi catalog, TelemetryProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.catalog = catalog;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public IngestResult ingest(List<TelemetryReading> readings, TelemetrySource source) {
		List<Rejection> rejected = new ArrayList<>();
		List<Integer> candidates = new ArrayList<>();
		Instant now = clock.instant();
		for (int index = 0; index < readings.size(); index++) {
			TelemetryReading reading = readings.get(index);
			List<String> problems = reading == null ? List.of("reading: is required")
					: ReadingRules.problems(reading, now, properties.retention(), properties.futureTolerance());
			if (problems.isEmpty()) {
				candidates.add(index);
			}
			else {
				rejected.add(new Rejection(index, String.join("; ", problems)));
			}
		}
		return store(readings, candidates, source, rejected);
	}

	/** Stores the candidates whose VIN is registered; the others join the rejected. */
	IngestResult store(List<TelemetryReading> readings, List<Integer> candidates, TelemetrySource source,
			List<Rejection> rejected) {
		Set<String> registered = catalog.registeredVins(candidates.stream().map(i -> readings.get(i).vin()).toList());
		List<NewReading> accepted = new ArrayList<>();
		for (int index : candidates) {
			TelemetryReading reading = readings.get(index);
			String vin = Vin.of(reading.vin()).value();
			if (registered.contains(vin)) {
				accepted.add(new NewReading(withVin(reading, vin), source, null));
			}
			else {
				rejected.add(new Rejection(index, "vin: " + vin + " is not registered in Clearlot"));
			}
		}
		boolean[] stored = accepted.isEmpty() ? new boolean[0] : transactions.execute(status -> store.store(accepted));
		int fresh = 0;
		for (boolean isNew : stored) {
			fresh += isNew ? 1 : 0;
		}
		rejected.sort(java.util.Comparator.comparingInt(Rejection::index));
		return new IngestResult(fresh, stored.length - fresh, rejected);
	}

	@Override
	public Optional<StoredReading> latest(String vin) {
		return Vin.check(vin).isPresent() ? Optional.empty() : queries.latest(Vin.of(vin).value());
	}

	@Override
	public List<TelemetryReading> readings(String vin, Instant after, Instant upTo, int limit) {
		return queries.readings(vin, after, upTo, limit);
	}

	@Override
	public List<String> vehiclesActiveSince(Instant since) {
		return queries.vehiclesActiveSince(since);
	}

	@Override
	public List<LateArrival> lateArrivals() {
		return queries.lateArrivals();
	}

	@Override
	public void acknowledgeLateArrival(LateArrival arrival) {
		queries.acknowledge(arrival);
	}

	private static TelemetryReading withVin(TelemetryReading r, String vin) {
		return vin.equals(r.vin()) ? r : new TelemetryReading(vin, r.ts(), r.vehicleState(), r.chargingState(),
				r.speedKmh(), r.odometerKm(), r.packVoltageV(), r.packCurrentA(), r.socPercent(), r.insulationKohm(),
				r.cellVoltageMaxV(), r.cellVoltageMinV(), r.probeTempMaxC(), r.probeTempMinC(), r.alarmLevel(),
				r.alarmFlags(), r.latitude(), r.longitude());
	}
}
