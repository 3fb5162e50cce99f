package org.clearlot.pricing.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.FreshDataDirectory;
import org.clearlot.support.TradeFixture;
import org.clearlot.support.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A fresh installation has too few priced cars for a model: valuations answer 503 and say why, and as soon as
 * dealers have listed enough cars a model is trained without waiting for the nightly run. Its own application,
 * without the demo market.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=false", "clearlot.pricing.untrained-retry=PT1S", "clearlot.pricing.min-training-rows=20" })
@ContextConfiguration(initializers = FreshDataDirectory.class)
class UntrainedRetryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void aModelIsTrainedAsSoonAsThereAreEnoughCars() {
		Api api = new Api(port);
		Response none = api.post("/api/v1/valuations", Valuations.lavida(), null);
		assertThat(none.status()).isEqualTo(503);
		assertThat(none.isProblem()).isTrue();
		assertThat(none.json().get("detail").asString()).contains("enough priced cars");

		TradeFixture trade = new TradeFixture(api, identity);
		for (int i = 0; i < 20; i++) {
			trade.publishedListing(8_000_000 + i * 50_000L, 30_000 + i * 1_000);
		}

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
				assertThat(api.post("/api/v1/valuations", Valuations.lavida(), null).status()).isEqualTo(200));
	}
}
