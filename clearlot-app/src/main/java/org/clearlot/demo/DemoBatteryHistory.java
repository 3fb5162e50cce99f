package org.clearlot.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.clearlot.battery.BatteryApi;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.simulator.Chemistry;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.FleetGenerator;
import org.clearlot.simulator.GeneratorOptions;
import org.clearlot.simulator.KnownVehicle;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.telemetry.TelemetryApi;
import org.clearlot.telemetry.TelemetryReading;
import org.clearlot.telemetry.TelemetrySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Months of telemetry for the demo market's electrified cars, from the fleet simulator's model (each car's own
 * pack, age, mileage and city), in the background once the market is seeded. A car's history ends a month before
 * today, when it was traded in; its odometer is shifted to end a few hundred kilometres below the mileage the dealer
 * declares and the inspection read. The whole history (a reading every {@code battery-history-interval}) is analysed
 * by the battery module; a thinned copy (a reading per half hour, every alarm, the last reading) is stored as
 * telemetry, which also puts a daily odometer reading into each car's history.
 */
@Component
@ConditionalOnProperty(prefix = "clearlot.demo", name = "enabled", havingValue = "true")
class DemoBatteryHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoBatteryHistory.class);
	private static final Duration TRADED_IN = Duration.ofDays(31);
	private static final Duration KEPT_EVERY = Duration.ofMinutes(30);

	private final TelemetryApi telemetry;
	private final BatteryApi battery;
	private final DemoProperties properties;
	private final Clock clock;

	DemoBatteryHistory(TelemetryApi telemetry, BatteryApi battery, DemoProperties properties, Clock clock) {
		this.telemetry = telemetry;
		this.battery = battery;
		this.properties = properties;
		this.clock = clock;
	}

	/** Starts generating the histories of the electrified cars among these rows on a background thread. */
	void startFor(List<InventoryRow> rows) {
		List<NewVehicle> electrified = rows.stream().filter(InventoryRow::publish).map(InventoryRow::vehicle)
			.filter(vehicle -> vehicle.battery() != null && vehicle.battery().nominalCapacityAh() != null).toList();
		if (properties.batteryHistoryDays() <= 0 || electrified.isEmpty()) {
			return;
		}
		Thread worker = new Thread(() -> generate(electrified, declaredMileage(rows)), "demo-battery-history");
		worker.setDaemon(true);
		worker.start();
	}

	private void generate(List<NewVehicle> vehicles, java.util.Map<String, Integer> mileage) {
		long started = System.nanoTime();
		Instant end = clock.instant().minus(TRADED_IN);
		Instant start = end.minus(Duration.ofDays(properties.batteryHistoryDays()));
		FleetGenerator generator = new FleetGenerator(properties.seed(), start, GeneratorOptions.defaults());
		List<VehicleSpec> specs = vehicles.stream().map(vehicle -> generator.complete(known(vehicle, mileage))).toList();
		Fleet fleet = Fleet.of(properties.seed(), start, specs);
		AtomicInteger done = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(2, task -> new Thread(task, "demo-battery-history-worker"));
		for (VehicleSpec spec : specs) {
			workers.execute(() -> {
				try {
					one(fleet, spec, start, end, mileage.get(spec.vin()));
				}
				catch (RuntimeException failed) {
					log.warn("Could not generate the battery history of demo car {}", spec.vin(), failed);
				}
				if (done.incrementAndGet() % 100 == 0) {
					log.info("Demo battery histories: {} of {} cars", done.get(), specs.size());
				}
			});
		}
		workers.shutdown();
		try {
			workers.awaitTermination(1, TimeUnit.HOURS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		log.info("Demo battery histories of {} cars generated in {} s ({} days each)", specs.size(),
				"%.1f".formatted((System.nanoTime() - started) / 1e9), properties.batteryHistoryDays());
	}

	private void one(Fleet fleet, VehicleSpec spec, Instant start, Instant end, int declaredKm) {
		if (telemetry.latest(spec.vin()).isPresent()) {
			return;
		}
		List<TelemetryReading> history = new ArrayList<>();
		fleet.run(spec.vin(), start, end, new Reporting(properties.batteryHistoryInterval(), Duration.ofSeconds(1)))
			.forEachRemaining(reading -> history.add(SimulatedReadings.reading(reading)));
		if (history.isEmpty()) {
			return;
		}
		double endKm = Math.max(0, declaredKm - 350 - Math.floorMod(spec.vin().hashCode(), 450));
		double offset = endKm - history.get(history.size() - 1).odometerKm();
		List<TelemetryReading> shifted = history.stream().map(r -> SimulatedReadings.shiftOdometer(r, offset)).toList();
		telemetry.ingest(thinned(shifted), TelemetrySource.IMPORT);
		battery.analyseHistory(spec.vin(), shifted.iterator());
	}

	/** A reading per half hour, every reading with an alarm, and the last. */
	private static List<TelemetryReading> thinned(List<TelemetryReading> history) {
		List<TelemetryReading> kept = new ArrayList<>();
		Instant next = Instant.MIN;
		for (int i = 0; i < history.size(); i++) {
			TelemetryReading reading = history.get(i);
			Instant at = reading.ts().toInstant();
			boolean alarm = reading.alarmLevel() != null && reading.alarmLevel() > 0;
			if (!at.isBefore(next) || alarm || i == history.size() - 1) {
				kept.add(reading);
				next = at.plus(KEPT_EVERY);
			}
		}
		return kept;
	}

	private static KnownVehicle known(NewVehicle vehicle, java.util.Map<String, Integer> mileage) {
		NewVehicle.Battery pack = vehicle.battery();
		return new KnownVehicle(vehicle.vin(), pack.nominalCapacityAh().doubleValue(),
				pack.nominalVoltageV().doubleValue(), "LFP".equals(pack.chemistry()) ? Chemistry.LFP : Chemistry.NMC,
				pack.packCode(), vehicle.year(), mileage.get(vehicle.vin()).doubleValue(), vehicle.registrationCity(),
				"PHEV".equals(vehicle.powertrain()));
	}

	private static java.util.Map<String, Integer> declaredMileage(List<InventoryRow> rows) {
		java.util.Map<String, Integer> mileage = new java.util.HashMap<>();
		rows.forEach(row -> mileage.put(row.vehicle().vin(), row.listing().mileageKm()));
		return mileage;
	}
}
