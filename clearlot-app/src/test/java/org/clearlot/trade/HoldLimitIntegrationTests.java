package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.FreshDataDirectory;
import org.clearlot.support.TradeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A buyer may hold only so many cars at once (two here), so that reservations nobody pays cannot take a dealer's
 * stock off the market, also when the buyer's requests race. Its own application: the shared test configuration
 * lifts the limit for the other tests' shared buyers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=false",
		"clearlot.payment.sandbox.max-delay=300ms",
		"clearlot.payment.sandbox.delivery-interval=100ms",
		"clearlot.trade.max-holds-per-buyer=2" })
@ContextConfiguration(initializers = FreshDataDirectory.class)
class HoldLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	TradeFixture trade;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
	}

	@Test
	void aThirdHoldIsRefusedUntilOneEnds() {
		String buyer = trade.newBuyer();
		long first = trade.publishedListing(5_000_000, 20_000);
		long second = trade.publishedListing(5_100_000, 21_000);
		long third = trade.publishedListing(5_200_000, 22_000);
		String held = trade.reserve(first, buyer, UUID.randomUUID().toString()).json().get("id").asString();
		assertThat(trade.reserve(second, buyer, UUID.randomUUID().toString()).status()).isEqualTo(201);

		Response refused = trade.reserve(third, buyer, UUID.randomUUID().toString());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("TOO_MANY_HOLDS");
		assertThat(api.get("/api/v1/listings/" + third).json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(trade.reserve(third, trade.newBuyer(), UUID.randomUUID().toString()).status())
			.as("another buyer is not limited by this one").isEqualTo(201);

		assertThat(api.post("/api/v1/reservations/" + held + "/cancel", java.util.Map.of(), buyer).status()).isEqualTo(200);
		long fourth = trade.publishedListing(5_300_000, 23_000);
		assertThat(trade.reserve(fourth, buyer, UUID.randomUUID().toString()).status())
			.as("a cancelled hold frees a place").isEqualTo(201);
	}

	@Test
	void racingReservationsOfOneBuyerStillStopAtTheLimit() throws Exception {
		String buyer = trade.newBuyer();
		List<Long> cars = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			cars.add(trade.publishedListing(6_000_000 + i, 30_000));
		}
		ExecutorService pool = Executors.newFixedThreadPool(cars.size());
		List<Future<Response>> attempts = new ArrayList<>();
		try {
			for (long car : cars) {
				attempts.add(pool.submit(() -> trade.reserve(car, buyer, UUID.randomUUID().toString())));
			}
			int created = 0;
			int limited = 0;
			for (Future<Response> attempt : attempts) {
				Response response = attempt.get();
				created += response.status() == 201 ? 1 : 0;
				limited += response.status() == 422 ? 1 : 0;
			}
			assertThat(created).isEqualTo(2);
			assertThat(limited).isEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
