package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 buyers race for 20 cars, ten for each, all released at once: exactly one reservation per car, 180 conflicts
 * answered 409, no payment requested from a losing buyer, and the ledger still balances.
 */
@ClearlotIntegrationTest
class ReservationRaceIntegrationTests {

	private static final int CARS = 20;
	private static final int BUYERS = 200;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoHundredBuyersRacingForTwentyCarsGetExactlyTwentyHolds() throws Exception {
		Api api = new Api(port);
		TradeFixture trade = new TradeFixture(api, identity);
		List<Long> cars = new ArrayList<>();
		for (int i = 0; i < CARS; i++) {
			cars.add(trade.publishedListing(5_000_000 + i * 10_000L, 20_000));
		}
		List<String> buyers = new ArrayList<>();
		for (int i = 0; i < BUYERS; i++) {
			buyers.add(trade.newBuyer());
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> attempts = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
		try {
			for (int i = 0; i < BUYERS; i++) {
				long car = cars.get(i % CARS);
				String buyer = buyers.get(i);
				attempts.add(pool.submit(() -> {
					start.await();
					return trade.reserve(car, buyer, UUID.randomUUID().toString());
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> attempt : attempts) {
				responses.add(attempt.get());
			}
			Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(Response::status,
					Collectors.counting()));
			assertThat(byStatus).as(byStatus.toString()).containsEntry(201, (long) CARS)
				.containsEntry(409, (long) (BUYERS - CARS)).hasSize(2);
			assertThat(responses.stream().filter(r -> r.status() == 409).allMatch(Response::isProblem)).isTrue();
			assertThat(responses.stream().filter(r -> r.status() == 201).map(r -> r.json().get("listingId").asLong())
				.distinct().count()).as("one winner per car").isEqualTo(CARS);
		}
		finally {
			pool.shutdownNow();
		}
		String[] references = jdbc.queryForList("SELECT 'reservation:' || id FROM trade.reservations WHERE listing_id = ANY (?)",
				String.class, (Object) cars.toArray(Long[]::new)).toArray(String[]::new);
		assertThat(references).hasSize(CARS);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM payment.payments WHERE reference = ANY (?)", Long.class,
				(Object) references)).as("a deposit was requested from the winners only").isEqualTo((long) CARS);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog.listings WHERE id = ANY (?) AND status = 'RESERVED'",
				Long.class, (Object) cars.toArray(Long[]::new))).isEqualTo((long) CARS);
		String admin = api.token(trade.actors().admin().username(), TestActors.PASSWORD);
		assertThat(api.get("/api/v1/admin/ledger/trial-balance", admin).json().get("balanced").asBoolean()).isTrue();
	}
}
