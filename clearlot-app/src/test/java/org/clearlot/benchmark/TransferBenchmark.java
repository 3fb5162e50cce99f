package org.clearlot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Can I register it in my city?" under load: the API answer and the listing page's panel (both validate, read the
 * car's facts and latest inspection, apply the rules and keep the answer with its rule versions), and search with
 * and without "can register in", over HTTP on the 2,400-listing demo market, 8 concurrent clients, random cars,
 * cities and dates. Run: {@code mvn -B -pl clearlot-app -am test -Dtest=TransferBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; it writes the "transfer" section of docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=true", "clearlot.demo.battery-history-days=0",
		"clearlot.transfer.answers-per-minute-per-client=100000000", "logging.level.org.clearlot=warn" })
@org.springframework.test.context.ContextConfiguration(initializers = org.clearlot.support.FreshDataDirectory.class)
class TransferBenchmark {

	static final int CLIENTS = 8;
	static final int WARMUP = Integer.getInteger("benchmark.warmup", 20_000);
	static final int MEASURED = Integer.getInteger("benchmark.requests", 20_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void answersAreInstant() throws Exception {
		List<Map<String, Object>> listings = jdbc.queryForList("SELECT l.id, v.vin FROM catalog.listings l "
				+ "JOIN catalog.vehicles v ON v.id = l.vehicle_id WHERE l.status = 'ACTIVE'");
		assertThat(listings).hasSizeGreaterThan(1_000);
		List<City> cities = Cities.all();
		LocalDate start = LocalDate.of(2016, 6, 1);
		long days = java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.of(2026, 12, 31));

		IntFunction<String> api = i -> {
			Random random = new Random(i);
			Map<String, Object> car = listings.get(random.nextInt(listings.size()));
			return "/api/v1/transfer-eligibility?vin=" + car.get("vin") + "&toCity="
					+ encode(cities.get(random.nextInt(cities.size())).id()) + "&date="
					+ start.plusDays(random.nextLong(days));
		};
		IntFunction<String> panel = i -> {
			Random random = new Random(i);
			return "/listings/" + listings.get(random.nextInt(listings.size())).get("id") + "/transfer-panel?city="
					+ encode(cities.get(random.nextInt(cities.size())).id());
		};
		IntFunction<String> search = i -> "/api/v1/listings?powertrain=ICE&page=" + (i % 5);
		IntFunction<String> registrable = i -> "/api/v1/listings?powertrain=ICE&page=" + (i % 5) + "&registerIn="
				+ encode(cities.get(i % cities.size()).id());

		run("warm-up", i -> switch (i % 4) {
			case 0 -> api.apply(i);
			case 1 -> panel.apply(i);
			case 2 -> search.apply(i);
			default -> registrable.apply(i);
		}, WARMUP);
		List<Result> results = List.of(run("GET /api/v1/transfer-eligibility", api, MEASURED),
				run("Listing panel /listings/{id}/transfer-panel?city=", panel, MEASURED),
				run("Search, ICE, no city", search, MEASURED / 2),
				run("Search, ICE, registerIn=<city>", registrable, MEASURED / 2));
		long stored = jdbc.queryForObject("SELECT count(*) FROM transfer.answers", Long.class);

		StringBuilder report = new StringBuilder();
		report.append("Measured ").append(LocalDate.now()).append(" on ").append(SearchBenchmark.Machine.describe())
				.append(".\n\n");
		report.append(String.format(Locale.ROOT, "Demo market of %,d active listings, 72 cities, %d concurrent "
				+ "clients over HTTP on loopback, %,d warm-up requests; random cars, cities and (API) dates since "
				+ "2016-06-01. Every answer was kept with its rule versions (identical answers once: %,d rows after the "
				+ "run).%n%n",
				listings.size(), CLIENTS, WARMUP, stored));
		report.append("| request | requests | per second | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
		for (Result r : results) {
			report.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f | %.1f | %.1f |%n", r.name(),
					r.latencies().count(), r.perSecond(), r.latencies().percentileMillis(50),
					r.latencies().percentileMillis(95), r.latencies().percentileMillis(99)));
		}
		BenchmarkReport.write(Path.of("..", "docs", "benchmarks.md"), "transfer", report.toString());
		System.out.println(report);
		assertThat(results.get(0).latencies().percentileMillis(95)).as("API p95, target 100 ms").isLessThan(100);
		assertThat(results.get(1).latencies().percentileMillis(95)).as("panel p95, target 100 ms").isLessThan(100);
	}

	private Result run(String name, IntFunction<String> paths, int requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long started = System.nanoTime();
		List<Future<LatencyRecorder>> workers = new ArrayList<>();
		for (int worker = 0; worker < CLIENTS; worker++) {
			int first = worker;
			workers.add(pool.submit(() -> {
				LatencyRecorder recorder = new LatencyRecorder(name);
				for (int i = first; i < requests; i += CLIENTS) {
					long begin = System.nanoTime();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
							+ paths.apply(i))).GET().build(), HttpResponse.BodyHandlers.ofString());
					recorder.record(System.nanoTime() - begin);
					if (response.statusCode() != 200) {
						throw new IllegalStateException(paths.apply(i) + " → " + response.statusCode() + " " + response.body());
					}
				}
				return recorder;
			}));
		}
		LatencyRecorder all = new LatencyRecorder(name);
		for (Future<LatencyRecorder> worker : workers) {
			all.merge(worker.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		return new Result(name, all, all.count() / seconds);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Result(String name, LatencyRecorder latencies, double perSecond) {
	}
}
