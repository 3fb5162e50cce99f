package org.clearlot.battery.passport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clearlot.battery.BatteryProperties;
import org.clearlot.battery.analysis.Accumulator;
import org.clearlot.battery.analysis.AccumulatorSnapshot;
import org.clearlot.battery.analysis.AnalysisSettings;
import org.clearlot.battery.analysis.HealthEstimate;
import org.clearlot.battery.analysis.StateOfHealth;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.VehicleSummary;
import org.clearlot.telemetry.LateArrival;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.TelemetryReading;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings one vehicle's passport up to date, in one transaction holding its row's lock: goes back to a checkpoint
 * when readings arrived late, feeds the readings since its watermark (up to {@code upTo}) to the accumulator,
 * saves a checkpoint at each new day (Beijing time) within the checkpoint retention, stores what was found and
 * re-estimates the state of health when a session was added. The catalog hears of a changed state of health, for
 * search.
 */
@Component
class VehicleUpdate {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final int PAGE = 5_000;
	static final int SESSIONS_CONSIDERED = 200;

	private final BatteryVehicles vehicles;
	private final SessionStore sessions;
	private final EventStore events;
	private final Checkpoints checkpoints;
	private final TelemetryApi telemetry;
	private final CatalogApi catalog;
	private final BatteryProperties properties;
	private final AnalysisSettings settings;

	VehicleUpdate(BatteryVehicles vehicles, SessionStore sessions, EventStore events, Checkpoints checkpoints,
			TelemetryApi telemetry, CatalogApi catalog, BatteryProperties properties) {
		this.vehicles = vehicles;
		this.sessions = sessions;
		this.events = events;
		this.checkpoints = checkpoints;
		this.telemetry = telemetry;
		this.catalog = catalog;
		this.properties = properties;
		this.settings = properties.analysis();
	}

	/** Returns false when the vehicle has no traction battery or another instance is updating it. */
	@Transactional
	public boolean update(String vin, LateArrival late, Instant upTo) {
		Optional<BatteryVehicle> locked = lockOrCreate(vin);
		if (locked.isEmpty()) {
			return false;
		}
		BatteryVehicle vehicle = locked.get();
		AccumulatorSnapshot start = vehicle.state();
		boolean rewound = false;
		if (late != null) {
			if (start.lastAt() != null && !late.earliest().isAfter(start.lastAt())) {
				start = rewind(vin, late.earliest());
				rewound = true;
			}
			telemetry.acknowledgeLateArrival(late);
		}
		Accumulator accumulator = new Accumulator(settings, start, "LFP".equals(vehicle.chemistry()));
		FoundSoFar found = new FoundSoFar();
		feed(vin, accumulator, found, upTo);
		accumulator.closeIdle(upTo, found);
		found.sessions.forEach(session -> sessions.save(vin, vehicle.packCode(), session));
		found.events.forEach(event -> events.save(vin, vehicle.packCode(), event));
		vehicles.saveState(vin, accumulator.snapshot());
		checkpoints.pruneBefore(vin, upTo.minus(properties.checkpointRetention()));
		if (rewound || !found.sessions.isEmpty()) {
			reestimate(vehicle);
		}
		return true;
	}

	/**
	 * Forgets the vehicle's analysis and computes it again from {@code history} (oldest first), acknowledging its
	 * late arrivals: what the caller stored of that history is covered.
	 */
	@Transactional
	public boolean replaceWithHistory(String vin, java.util.Iterator<TelemetryReading> history) {
		Optional<VehicleSummary> summary = catalog.findVehicle(vin).filter(v -> v.battery() != null);
		if (summary.isEmpty()) {
			return false;
		}
		vehicles.createIfAbsent(summary.get());
		BatteryVehicle vehicle = vehicles.lockWaiting(summary.get().vin()).orElseThrow();
		sessions.deleteFrom(vehicle.vin(), Instant.EPOCH);
		events.deleteFrom(vehicle.vin(), Instant.EPOCH);
		checkpoints.deleteAll(vehicle.vin());
		Accumulator accumulator = new Accumulator(settings, "LFP".equals(vehicle.chemistry()));
		FoundSoFar found = new FoundSoFar();
		while (history.hasNext()) {
			accumulator.accept(history.next(), found);
		}
		if (accumulator.lastAt() != null) {
			accumulator.closeIdle(accumulator.lastAt().plus(properties.maxGap()).plusSeconds(1), found);
		}
		found.sessions.forEach(session -> sessions.save(vehicle.vin(), vehicle.packCode(), session));
		found.events.forEach(event -> events.save(vehicle.vin(), vehicle.packCode(), event));
		vehicles.saveState(vehicle.vin(), accumulator.snapshot());
		telemetry.lateArrivals().stream().filter(late -> late.vin().equals(vehicle.vin()))
			.forEach(telemetry::acknowledgeLateArrival);
		reestimate(vehicle);
		return true;
	}

	private Optional<BatteryVehicle> lockOrCreate(String vin) {
		Optional<BatteryVehicle> locked = vehicles.lock(vin);
		if (locked.isPresent() || vehicles.find(vin).isPresent()) {
			return locked;
		}
		Optional<VehicleSummary> vehicle = catalog.findVehicle(vin).filter(v -> v.battery() != null);
		if (vehicle.isEmpty()) {
			return Optional.empty();
		}
		vehicles.createIfAbsent(vehicle.get());
		return vehicles.lock(vin);
	}

	/** The state to go on from when readings from {@code earliest} on arrived late, forgetting what came after it. */
	private AccumulatorSnapshot rewind(String vin, Instant earliest) {
		AccumulatorSnapshot checkpoint = checkpoints.before(vin, earliest).orElse(AccumulatorSnapshot.empty());
		Instant from = checkpoint.lastAt() == null ? Instant.EPOCH : checkpoint.lastAt();
		sessions.deleteFrom(vin, from);
		events.deleteFrom(vin, from);
		checkpoints.deleteAfter(vin, from);
		return checkpoint;
	}

	private void feed(String vin, Accumulator accumulator, FoundSoFar found, Instant upTo) {
		Instant checkpointsFrom = upTo.minus(properties.checkpointRetention());
		Instant after = accumulator.lastAt() == null ? Instant.EPOCH : accumulator.lastAt();
		LocalDate day = accumulator.lastAt() == null ? null : day(accumulator.lastAt());
		List<TelemetryReading> page;
		do {
			page = telemetry.readings(vin, after, upTo, PAGE);
			for (TelemetryReading reading : page) {
				LocalDate readingDay = day(reading.ts().toInstant());
				if (day != null && readingDay.isAfter(day) && !accumulator.lastAt().isBefore(checkpointsFrom)) {
					checkpoints.save(vin, accumulator.snapshot());
				}
				day = readingDay;
				accumulator.accept(reading, found);
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1).ts().toInstant();
		}
		while (page.size() == PAGE);
	}

	private void reestimate(BatteryVehicle vehicle) {
		HealthEstimate health = StateOfHealth.estimate(sessions.ofVehicle(vehicle.vin(), SESSIONS_CONSIDERED),
				vehicle.nominalCapacityAh(), vehicle.nominalEnergyKwh(), settings);
		vehicles.saveHealth(vehicle.vin(), health);
		if (!Objects.equals(health.sohPercent(), vehicle.health().sohPercent())) {
			catalog.recordBatteryHealth(vehicle.vin(), health.sohPercent());
		}
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(CHINA).toLocalDate();
	}
}
