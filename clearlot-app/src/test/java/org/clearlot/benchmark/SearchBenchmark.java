package org.clearlot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.search.FacetIndex;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Search latency on a million listings, end to end over HTTP: each request returns the top 20 listings and every
 * facet's counts. Loads the market once into {@code target/benchmark-data} (kept between runs), warms up, measures
 * five query types sequentially from one client, and writes the figures into {@code docs/benchmarks.md}.
 *
 * <p>Run with {@code mvn -B -pl clearlot-app test -Pbenchmark}; {@code -Dbenchmark.listings=N} and
 * {@code -Dbenchmark.samples=N} change the size and the number of measured requests per query type.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=false",
		"clearlot.data-dir=target/benchmark-data",
		"logging.level.org.hibernate.search=warn" })
class SearchBenchmark {

	static final int LISTINGS = Integer.getInteger("benchmark.listings", 1_000_000);
	static final int SAMPLES = Integer.getInteger("benchmark.samples", 1_000);
	static final int WARMUP = Integer.getInteger("benchmark.warmup", 300);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	FacetIndex facetIndex;

	final HttpClient http = HttpClient.newHttpClient();
	final Random random = new Random(42);

	@Test
	void searchLatencyOnAMillionListings() throws Exception {
		long loadMillis = loadMarketIfNeeded();
		Integer active = new JdbcTemplate(dataSource).queryForObject(
				"SELECT count(*) FROM catalog.listings WHERE status = 'ACTIVE'", Integer.class);
		await().atMost(Duration.ofMinutes(2)).until(() -> facetIndex.size() == active);
		List<City> cities = Cities.all();
		String[][] models = BenchmarkMarket.MODELS;
		Map<String, Supplier<String>> queries = new java.util.LinkedHashMap<>();
		queries.put("Unfiltered landing page (cached)", () -> "");
		queries.put("Unfiltered, sorted by price (not cached)", () -> "sort=price_asc");
		queries.put("One facet filter (make, city or powertrain)", () -> switch (random.nextInt(3)) {
			case 0 -> "make=" + encode(models[random.nextInt(models.length)][0]);
			case 1 -> "city=" + encode(cities.get(random.nextInt(cities.size())).id());
			default -> "powertrain=" + List.of("ICE", "HEV", "PHEV", "BEV").get(random.nextInt(4));
		});
		queries.put("Three filters (make, powertrain, city)", () -> {
			String[] model = models[random.nextInt(models.length)];
			return "make=" + encode(model[0]) + "&powertrain=" + model[3] + "&city="
					+ encode(cities.get(random.nextInt(cities.size())).id());
		});
		queries.put("Two-word text query", () -> {
			String[] model = models[random.nextInt(models.length)];
			return "q=" + encode(model[0] + " " + model[1].split(" ")[0]);
		});
		queries.put("Price range", () -> {
			long min = (3 + random.nextInt(25)) * 1_000_000L;
			return "priceMinFen=" + min + "&priceMaxFen=" + (min + (2 + random.nextInt(8)) * 1_000_000L);
		});

		for (Supplier<String> query : queries.values()) {
			for (int i = 0; i < WARMUP; i++) {
				get(query.get());
			}
		}
		List<LatencyRecorder> results = new ArrayList<>();
		long totalHits = 0;
		for (Map.Entry<String, Supplier<String>> query : queries.entrySet()) {
			LatencyRecorder recorder = new LatencyRecorder(query.getKey());
			for (int i = 0; i < SAMPLES; i++) {
				String q = query.getValue().get();
				long start = System.nanoTime();
				HttpResponse<String> response = get(q);
				recorder.record(System.nanoTime() - start);
				assertThat(response.statusCode()).as(q).isEqualTo(200);
				totalHits += response.body().contains("\"items\":[{") ? 1 : 0;
			}
			results.add(recorder);
		}
		assertThat(totalHits).as("the queries find listings").isPositive();
		String report = report(results, loadMillis);
		System.out.println(report);
		BenchmarkReport.write(Path.of("..", "docs", "benchmarks.md"), "search", report);
	}

	private long loadMarketIfNeeded() throws Exception {
		JdbcTemplate pooled = new JdbcTemplate(dataSource);
		Integer existing = pooled.queryForObject("SELECT count(*) FROM catalog.listings", Integer.class);
		if (existing != null && existing >= LISTINGS) {
			return -1;
		}
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			jdbc.execute("TRUNCATE catalog.listing_status_changes, catalog.listings, catalog.vehicles CASCADE");
			BenchmarkMarket.load(jdbc, LISTINGS, Cities.all().stream().map(City::id).toList());
		}
		Search.mapping(entityManagerFactory).scope(Listing.class).massIndexer()
				.purgeAllOnStart(true)
				.typesToIndexInParallel(1)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(1_000)
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private HttpResponse<String> get(String query) throws IOException, InterruptedException {
		URI uri = URI.create("http://localhost:" + port + "/api/v1/listings" + (query.isEmpty() ? "" : "?" + query));
		return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String report(List<LatencyRecorder> results, long loadMillis) throws IOException {
		StringBuilder out = new StringBuilder();
		out.append("Measured ").append(LocalDate.now()).append(" on ").append(Machine.describe()).append(".\n\n");
		out.append(String.format("%,d listings (95 %% on sale), Lucene backend, %d warm-up and %d measured requests per query type, "
				+ "sequential, over HTTP on loopback; every response holds the top 20 and all facet counts.%s%n%n",
				LISTINGS, WARMUP, SAMPLES, loadMillis >= 0 ? String.format(" Loading and indexing took %.0f s.", loadMillis / 1000.0) : ""));
		out.append("| query | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
		for (LatencyRecorder r : results) {
			out.append(String.format("| %s | %.1f | %.1f | %.1f |%n", r.name(), r.percentileMillis(50), r.percentileMillis(95),
					r.percentileMillis(99)));
		}
		return out.toString();
	}

	/** The machine the figures come from. */
	static final class Machine {

		static String describe() throws IOException {
			String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
					.findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
			long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() >> 30;
			return String.format("%d cores (%s), %d GiB RAM, Java %s", Runtime.getRuntime().availableProcessors(), cpu,
					memory, System.getProperty("java.version"));
		}
	}
}
