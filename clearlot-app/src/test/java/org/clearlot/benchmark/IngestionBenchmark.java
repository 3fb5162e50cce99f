package org.clearlot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clearlot.gbt32960.Revision;
import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.VehicleSpec;
import org.clearlot.simulator.gbt.GbtClient;
import org.clearlot.simulator.gbt.GbtSettings;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;
import org.clearlot.telemetry.gateway.GatewayServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durable ingestion over TCP: the fleet simulator streams GB/T 32960-2016 realtime frames from 1,000 and then 10,000
 * connections (one vehicle each, registered in the catalog first), as fast as acknowledgements allow, to the gateway
 * of this application on the same machine; a frame counts once it is acknowledged, which happens only after its
 * reading is committed. The figure is acknowledged frames per second of wall time, checked against the rows in
 * PostgreSQL (fsync and synchronous commit on). Battery passport updates are paused meanwhile, and the simulated
 * hours (in the past) are not taken for late arrivals, so that what is measured is live ingestion. Run:
 * {@code mvn -B -pl clearlot-app -am test -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it writes the "ingestion" section of docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=false",
		"clearlot.gateway.port=0",
		"clearlot.battery.update-interval=1h",
		"clearlot.telemetry.late-after=3650d",
		"logging.level.org.clearlot.telemetry.gateway=warn" })
@org.springframework.test.context.ContextConfiguration(initializers = org.clearlot.support.FreshDataDirectory.class)
class IngestionBenchmark {

	static final Duration SIMULATED = Duration.parse(System.getProperty("benchmark.simulated", "PT6H"));
	static final Instant EPOCH = Instant.parse("2026-10-12T00:00:00Z");

	@Autowired
	GatewayServer gateway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void durableIngestionFromOneAndTenThousandConnections() throws IOException {
		List<String> rows = new ArrayList<>();
		run(200, Duration.ofHours(1));
		for (int connections : new int[] { 1_000, 10_000 }) {
			rows.add(run(connections, SIMULATED));
		}
		BenchmarkReport.write(Path.of("..", "docs", "benchmarks.md"), "ingestion", report(rows));
	}

	/** One run; returns its table row. */
	private String run(int connections, Duration simulated) {
		Fleet fleet = Fleet.generate(2026 + connections, EPOCH, connections);
		register(fleet.vehicles());
		long before = stored();
		GbtClient client = new GbtClient(GbtSettings.of("localhost", gateway.port(), Revision.V2016), 2);
		List<long[]> progress = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		GbtClient.Result result = client.run(fleet, EPOCH.plus(Duration.ofHours(6)),
				EPOCH.plus(Duration.ofHours(6)).plus(simulated), Reporting.standard(), connections, Pacer.unlimited(),
				counts -> progress.add(new long[] { System.nanoTime(), counts.acknowledgedSoFar() }));
		double seconds = (System.nanoTime() - started) / 1e9;
		DeliveryCounts.Summary summary = result.summary();
		long stored = stored() - before;
		assertThat(result.failures()).isEmpty();
		assertThat(stored).as("every acknowledged frame is stored").isGreaterThanOrEqualTo(summary.acknowledged()
				- summary.duplicates());
		return String.format("| %,d | %,d | %,d | %.1f | %,.0f | %,.0f |", connections, summary.acknowledged(), stored,
				seconds, summary.acknowledged() / seconds, steady(progress, summary.acknowledged()));
	}

	/**
	 * Acknowledged frames per second between the moments 10 % and 90 % of the run's frames were acknowledged: the
	 * rate while every connection streams, without the start (logins, JIT) and the tail of the last long histories.
	 */
	private static double steady(List<long[]> progress, long total) {
		long[] from = progress.stream().filter(p -> p[1] >= total / 10).findFirst().orElseThrow();
		long[] to = progress.stream().filter(p -> p[1] >= total * 9 / 10).findFirst().orElseThrow();
		return (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
	}

	private long stored() {
		return jdbc.queryForObject("SELECT count(*) FROM telemetry.readings", Long.class);
	}

	/** Registers the fleet's cars in the catalog in SQL, as battery-electric cars of a benchmark dealer. */
	private void register(List<VehicleSpec> vehicles) {
		UUID dealer = UUID.nameUUIDFromBytes("clearlot-ingestion-benchmark".getBytes());
		jdbc.update("""
				INSERT INTO catalog.vehicles (id, vin, make, model, model_year, body_type, colour, powertrain,
				    emission_standard, first_registration_date, registration_city, battery_capacity_ah,
				    battery_voltage_v, battery_chemistry, registered_by_org)
				SELECT nextval('catalog.vehicle_id_seq'), vin, 'BYD', 'Han EV', 2022, 'SEDAN', 'WHITE', 'BEV',
				    'ZERO_EMISSION', DATE '2022-06-01', 'Wuhan', 150, 569.6, 'LFP', ?
				FROM unnest(?::varchar[]) AS fleet (vin) ON CONFLICT (vin) DO NOTHING""", dealer,
				vehicles.stream().map(VehicleSpec::vin).toArray(String[]::new));
	}

	private static String report(List<String> rows) throws IOException {
		return "Measured " + LocalDate.now() + " on " + SearchBenchmark.Machine.describe() + ", with `mvn -B -pl "
				+ "clearlot-app -am test -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false`.\n\n"
				+ "The fleet simulator and the application share the machine's cores: the simulator's model runs "
				+ "each car second by second while streaming " + SIMULATED.toHours() + " simulated hours of GB/T "
				+ "32960-2016 realtime frames (a reading every 10 s while a car is on or charging) as fast as "
				+ "acknowledgements come back, one connection per car, a window of unacknowledged frames per "
				+ "connection. Every acknowledged frame was committed (fsync and synchronous commit on) before its "
				+ "acknowledgement; the stored rows are counted in PostgreSQL afterwards. Target: at least 20,000 "
				+ "durably stored frames/s on 2 cores. A warm-up run of 200 connections comes first. \"Steady\" is the "
				+ "rate between the moments 10 % and 90 % of a run's frames were acknowledged, without the logins at "
				+ "the start and the tail of the few cars whose histories are longest.\n\n"
				+ "| connections | frames acknowledged | rows stored | seconds | acknowledged frames/s, whole run | "
				+ "steady |\n|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
	}
}
