package org.clearlot.catalog.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Races that must have exactly one winner, decided by PostgreSQL (unique and partial unique indexes, version
 * checks) rather than by anything held in one JVM; the losers get a 409 problem, never a 500.
 */
@ClearlotIntegrationTest
class ConcurrentListingIntegrationTests {

	static final int RACERS = 6;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	String token;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		token = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
	}

	@RepeatedTest(3)
	void aVinIsRegisteredByExactlyOneOfManySimultaneousRequests() throws Exception {
		String vin = TestVins.next();
		List<Response> responses = race(() -> api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), token));
		assertThat(statuses(responses)).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog.vehicles WHERE vin = ?", Integer.class, vin)).isEqualTo(1);
	}

	@RepeatedTest(3)
	void aCarGetsExactlyOneOpenListingFromManySimultaneousRequests() throws Exception {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), token).status()).isEqualTo(201);
		List<Response> responses = race(() -> api.post("/api/v1/listings", Payloads.listing(vin, 6_000_000, 9_000, "Wuhan"), token));
		assertThat(statuses(responses)).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(r -> assertThat(r.isProblem()).isTrue());
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM catalog.listings l JOIN catalog.vehicles v ON v.id = l.vehicle_id
				WHERE v.vin = ? AND l.status IN ('DRAFT', 'ACTIVE', 'RESERVED')""", Integer.class, vin)).isEqualTo(1);
	}

	@RepeatedTest(3)
	void simultaneousWithdrawalsChangeTheStatusOnce() throws Exception {
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), token);
		long id = api.post("/api/v1/listings", Payloads.listing(vin, 6_000_000, 9_000, "Wuhan"), token).json().get("id").asLong();
		api.post("/api/v1/listings/" + id + "/publish", Map.of(), token);
		List<Response> responses = race(() -> api.post("/api/v1/listings/" + id + "/withdraw", Map.of(), token));
		assertThat(statuses(responses)).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog.listing_status_changes WHERE listing_id = ? AND to_status = 'WITHDRAWN'",
				Integer.class, id)).as("the history records one withdrawal").isEqualTo(1);
	}

	private static List<Response> race(Supplier<Response> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return request.get();
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<Integer> statuses(List<Response> responses) {
		return responses.stream().map(Response::status).toList();
	}
}
