package org.clearlot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.Role;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reservations under load: 100 buyers reserve cars over HTTP with the real security chain, idempotency keys, the
 * guarded listing update, the deposit request to the sandbox provider and the persisted events, against the
 * embedded PostgreSQL (synchronous commit on) on the same machine. Three scenarios after a warm-up: buyers who pause
 * between reservations like people do, buyers who send them back to back (the machine's capacity), and all buyers
 * racing for 20 cars (almost every request a 409). The cars are brought in through the bulk import first. Run:
 * {@code mvn -B -pl clearlot-app -am test -Dtest=ReservationBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * it writes the "reservations" section of docs/benchmarks.md, and prints where the database sessions spent their
 * time to the test's output.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=false",
		"clearlot.payment.sandbox.max-delay=1s",
		"clearlot.trade.max-holds-per-buyer=1000000",
		"logging.level.org.clearlot=warn" })
@org.springframework.test.context.ContextConfiguration(initializers = org.clearlot.support.FreshDataDirectory.class)
class ReservationBenchmark {

	static final int BUYERS = Integer.getInteger("benchmark.buyers", 100);
	static final int RESERVATIONS = Integer.getInteger("benchmark.reservations", 3_000);
	static final int PACED_PER_BUYER = Integer.getInteger("benchmark.paced-per-buyer", 15);
	static final Duration THINK = Duration.ofMillis(Long.getLong("benchmark.think-ms", 1_000));
	static final int WARMUP_ROUND = 1_000;
	static final double WARM_JIT_SHARE = 0.10;
	static final int MAX_WARMUP_ROUNDS = Integer.getInteger("benchmark.warmup-rounds", 30);
	static final int RACED_CARS = 20;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CatalogApi catalog;

	Api api;

	@Test
	void reservationsWithAHundredConcurrentBuyers() throws Exception {
		api = new Api(port);
		TestActors actors = TestActors.in(identity);
		List<String> buyers = buyers();
		int paced = BUYERS * PACED_PER_BUYER;
		long importing = System.nanoTime();
		Deque<Long> cars = new ArrayDeque<>(publish(actors.dealerOrg().id(), actors.dealer().id(),
				MAX_WARMUP_ROUNDS * (WARMUP_ROUND + RACED_CARS) + RACED_CARS + paced + RESERVATIONS));
		System.out.printf("== %,d cars imported in %.1f s%n", cars.size(), (System.nanoTime() - importing) / 1e9);

		warmedUp = warmUp(buyers, cars);
		Result pacedRun = run(BUYERS + " buyers, " + THINK.toMillis() + " ms think time", buyers, take(cars, paced),
				Mode.PACED);
		Result saturated = run(BUYERS + " buyers back to back", buyers, take(cars, RESERVATIONS), Mode.BACK_TO_BACK);
		Result raced = run(BUYERS + " buyers race for " + RACED_CARS + " cars", buyers, take(cars, RACED_CARS), Mode.RACE);

		assertThat(pacedRun.created()).as("every reservation of a free car succeeds").isEqualTo(paced);
		assertThat(saturated.created()).as("every reservation of a free car succeeds").isEqualTo(RESERVATIONS);
		assertThat(raced.created()).as("each raced car is held exactly once").isEqualTo(RACED_CARS);
		BenchmarkReport.write(Path.of("..", "docs", "benchmarks.md"), "reservations", report(pacedRun, saturated, raced));
	}

	int warmedUp;
	int warmUpRounds;
	double lastRoundJit;

	/**
	 * Reserves cars back to back, round after round, until the JIT compilers are nearly idle (they spent less than
	 * 10 % of a round's wall time compiling) or the rounds run out, so that the scenarios measure a warmed-up application as it runs in
	 * production rather than its compilation; returns how many reservations that took.
	 */
	private int warmUp(List<String> buyers, Deque<Long> cars) throws Exception {
		java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int reservations = 0;
		for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
			long compiledBefore = jit.getTotalCompilationTime();
			long began = System.nanoTime();
			run("warm-up " + round, buyers, take(cars, WARMUP_ROUND), Mode.BACK_TO_BACK);
			run("warm-up race " + round, buyers, take(cars, RACED_CARS), Mode.RACE);
			reservations += WARMUP_ROUND + RACED_CARS;
			double share = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - began) / 1e6);
			warmUpRounds = round;
			lastRoundJit = share;
			System.out.printf("== warm-up round %d: JIT compiling %.0f %% of the time, %,d classes loaded%n", round,
					share * 100, ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
			if (share < WARM_JIT_SHARE) {
				break;
			}
		}
		return reservations;
	}

	/** How the buyers send their requests. */
	enum Mode {
		/** Each buyer reserves the next free car as soon as its previous answer arrived. */
		BACK_TO_BACK,
		/** Each buyer reserves the next free car, then thinks for a random 50–150 % of the think time. */
		PACED,
		/** Every buyer tries every car, in its own random order, back to back. */
		RACE
	}

	private static List<Long> take(Deque<Long> cars, int count) {
		List<Long> taken = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			taken.add(cars.removeFirst());
		}
		return taken;
	}

	/** Sends every buyer's requests concurrently; the buyers share the cars as the mode says. */
	private Result run(String name, List<String> buyers, List<Long> cars, Mode mode) throws Exception {
		boolean race = mode == Mode.RACE;
		LatencyRecorder latencies = new LatencyRecorder(name);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Map<Integer, String> firstFailure = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(buyers.size());
		List<Future<LatencyRecorder>> workers = new ArrayList<>();
		for (String buyer : buyers) {
			workers.add(pool.submit(() -> {
				LatencyRecorder own = new LatencyRecorder(name);
				List<Long> order = new ArrayList<>(cars);
				Collections.shuffle(order);
				start.await();
				int i = 0;
				while (true) {
					long car;
					if (race) {
						if (i >= order.size()) {
							break;
						}
						car = order.get(i++);
					}
					else {
						int index = next.getAndIncrement();
						if (index >= cars.size()) {
							break;
						}
						car = cars.get(index);
					}
					if (mode == Mode.PACED && i++ > 0) {
						Thread.sleep((long) (THINK.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
					}
					long began = System.nanoTime();
					Response response = api.post("/api/v1/listings/" + car + "/reservations", Map.of(), buyer,
							Map.of("Idempotency-Key", UUID.randomUUID().toString()));
					own.record(System.nanoTime() - began);
					if (response.status() == 201) {
						created.incrementAndGet();
					}
					else if (response.status() == 409 && race) {
						refused.incrementAndGet();
					}
					else {
						firstFailure.putIfAbsent(0, response.status() + " " + response.text());
					}
				}
				return own;
			}));
		}
		Map<String, Integer> waits = new ConcurrentHashMap<>();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> jdbc.query("""
				SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, state) || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
				FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()""",
				row -> { waits.merge(row.getString(1), 1, Integer::sum); }), 50, 50, TimeUnit.MILLISECONDS);
		long[] cpuBefore = systemCpu();
		long jvmBefore = jvmCpuNanos();
		long compiledBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		long began = System.nanoTime();
		start.countDown();
		for (Future<LatencyRecorder> worker : workers) {
			LatencyRecorder own = worker.get(30, TimeUnit.MINUTES);
			latencies.merge(own);
		}
		awaitEventsDone();
		double seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdownNow();
		sampler.shutdownNow();
		long[] cpuAfter = systemCpu();
		double busy = (double) (cpuAfter[0] - cpuBefore[0]) / Math.max(1, cpuAfter[1] - cpuBefore[1]);
		System.out.println("== database sessions during " + name);
		waits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
			.forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
		assertThat(firstFailure).as("unexpected answers in " + name).isEmpty();
		double jit = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore) / (seconds * 1000);
		return new Result(name, latencies, created.get(), refused.get(), seconds, busy, (jvmCpuNanos() - jvmBefore) / 1e6,
				jit);
	}

	/**
	 * Waits until every module event published so far was handled (the notifications of the reservations), so that
	 * a scenario's time includes the work its requests left behind and the next one starts from a quiet machine.
	 */
	private void awaitEventsDone() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5))
			.pollInterval(java.time.Duration.ofMillis(20)).alias("module events handled")
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
					Long.class) == 0);
	}

	/** Busy and total jiffies of all cores, from /proc/stat. */
	private static long[] systemCpu() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < f.length; i++) {
				total += Long.parseLong(f[i]);
			}
			long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
			return new long[] { total - idle, total };
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * One scenario's figures; {@code busy} is the share of the machine's CPU time in use, {@code jvmCpuMillis} the
	 * CPU time of this JVM (application and load client).
	 */
	record Result(String name, LatencyRecorder latencies, int created, int refused, double seconds, double busy,
			double jvmCpuMillis, double jitShare) {

		String row() {
			int requests = latencies.count();
			double machineMillis = busy * seconds * Runtime.getRuntime().availableProcessors() * 1000;
			return String.format(
					"| %s | %,d | %,d | %,d | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.0f %% | %.1f | %.1f | %.0f %% |", name,
					requests, created, refused, created / seconds, requests / seconds, latencies.percentileMillis(50),
					latencies.percentileMillis(95), latencies.percentileMillis(99), busy * 100, jvmCpuMillis / requests,
					(machineMillis - jvmCpuMillis) / requests, jitShare * 100);
		}
	}

	private String report(Result paced, Result saturated, Result raced) throws IOException {
		return "## Reservations\n\n"
				+ "Measured " + LocalDate.now() + " on " + SearchBenchmark.Machine.describe() + ", with `mvn -B -pl "
				+ "clearlot-app -am test -Dtest=ReservationBenchmark -Dsurefire.failIfNoSpecifiedTests=false`. "
				+ "Each request is a reservation over HTTP with its own Idempotency-Key: bearer token check, the "
				+ "idempotency record, the guarded listing update with its search index update, the hold under its "
				+ "partial unique index, the deposit request to the sandbox provider, the timeline and the persisted "
				+ "module event (whose listener writes the notifications), committed to PostgreSQL with synchronous "
				+ "commit. " + BUYERS + " buyers, each its own thread and connection, run on the same 2 cores as the "
				+ "application and the database, after a warm-up of " + String.format("%,d", warmedUp)
				+ " reservations in " + warmUpRounds + " rounds (warming up stops when the JIT compilers spent less than 10 % of a round compiling, or after "
				+ MAX_WARMUP_ROUNDS + " rounds; in the last round they spent " + String.format("%.0f", lastRoundJit * 100)
				+ " %). "
				+ "Latency is from sending the request to reading the whole answer; a scenario's time runs until its "
				+ "last answer and every module event its requests published was handled.\n\n"
				+ "- *think time*: each buyer reserves a free car, then pauses a random 50–150 % of the think time, "
				+ "like people clicking (" + PACED_PER_BUYER + " reservations each). The target, p95 ≤ 100 ms, is "
				+ "for this row.\n"
				+ "- *back to back*: each buyer sends its next reservation as soon as the previous answer arrived: the "
				+ "capacity of the machine. With 100 requests always in flight, latency is mostly queueing "
				+ "(Little's law: in-flight requests ÷ throughput).\n"
				+ "- *race*: all buyers try all " + RACED_CARS + " cars back to back; all but one attempt per car are "
				+ "409s.\n\n"
				+ "The last columns split the CPU per request between this JVM (the application and the load "
				+ "client) and everything else (PostgreSQL), and give the JVM's JIT compilation time as a share of the "
				+ "scenario's wall time (100 % is one of the two cores): a big application keeps its compilers busy "
				+ "for minutes under load, and their CPU is CPU the requests wait for, hence the long warm-up.\n\n"
				+ "| scenario | requests | holds (201) | refused (409) | reservations/s | requests/s | p50 ms | p95 ms "
				+ "| p99 ms | CPU busy | JVM CPU ms/request | other CPU ms/request | JIT compiling |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
				+ paced.row() + "\n" + saturated.row() + "\n" + raced.row() + "\n";
	}

	private List<String> buyers() {
		List<String> tokens = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < BUYERS; i++) {
			String username = "bench-buyer-" + run + "-" + i;
			identity.createAccount(new NewAccount(username, TestActors.PASSWORD, username, Role.BUYER, null));
			tokens.add(api.token(username, TestActors.PASSWORD));
		}
		return tokens;
	}

	/** Imports and publishes {@code count} listings of the test dealer through the bulk import; returns their ids. */
	private List<Long> publish(UUID organization, UUID actor, int count) {
		List<Long> ids = new ArrayList<>();
		for (int from = 0; from < count; from += 2_000) {
			List<InventoryRow> rows = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 2_000); i++) {
				String vin = TestVins.next();
				rows.add(new InventoryRow(i - from + 1, new NewVehicle(vin,
						"Volkswagen", "Lavida", "1.5L Comfort", 2021, "SEDAN", "SILVER", "ICE", "CN6",
						LocalDate.of(2021, 4, 15), "Wuhan", "AUTOMATIC", 1498, 5, null, null),
						new NewListing(vin, 8_800_000L, 30_000, "Wuhan", "Benchmark car"), true));
			}
			ImportReport report = catalog.importInventory(organization, actor, rows, done -> {
			});
			assertThat(report.rejected()).as(() -> report.rows().get(0).reasons().toString()).isZero();
			report.rows().forEach(row -> ids.add(row.listingId()));
		}
		return ids;
	}
}
