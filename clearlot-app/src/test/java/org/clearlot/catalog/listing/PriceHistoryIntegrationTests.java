package org.clearlot.catalog.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.PriceChange;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every price of a listing is kept, whichever way it was set: created over the API, from a CSV import, changed over
 * the API and in the edit form; a change that leaves the price as it was is no price change. The demo market's
 * listings have their first price too, and the listing page's valuation panel shows the history.
 */
@ClearlotIntegrationTest
class PriceHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	CatalogApi catalog;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TestActors actors;
	String dealer;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		actors = TestActors.in(identity);
		dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void keepsTheFirstPriceAndEveryChangeOverTheApiAndTheForm() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		long id = api.post("/api/v1/listings", Payloads.listing(vin, 6_200_000, 52_000, "Wuhan"), dealer).json()
				.get("id").asLong();
		assertThat(prices(id)).containsExactly(6_200_000L);

		assertThat(api.patch("/api/v1/listings/" + id, Map.of("priceFen", 5_900_000), dealer).status()).isEqualTo(200);
		assertThat(api.patch("/api/v1/listings/" + id, Map.of("description", "Same price, new words"), dealer).status())
				.isEqualTo(200);
		assertThat(prices(id)).as("a change without a new price adds nothing").containsExactly(6_200_000L, 5_900_000L);

		WebSession pages = WebSession.signedIn(port, actors.dealer().username(), TestActors.PASSWORD);
		String form = pages.page("/dealer/listings/" + id + "/edit");
		HttpResponse<String> saved = pages.post("/dealer/listings/" + id, Map.of("priceYuan", "57,800", "mileageKm",
				"52000", "city", "Wuhan", "description", "Lowered for the weekend", "_csrf", WebSession.csrf(form)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(prices(id)).containsExactly(6_200_000L, 5_900_000L, 5_780_000L);
		assertThat(catalog.priceHistory(id)).extracting(PriceChange::changedAt).isSorted();

		assertThat(pages.page("/listings/" + id + "/valuation-panel")).as("its dealer sees the draft's prices")
				.contains("¥62,000", "¥59,000", "¥57,800");

		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealer).status()).isEqualTo(200);
		String published = api.get("/listings/" + id + "/valuation-panel").text();
		assertThat(published).as("buyers see the price it went on sale at, not the draft's trials")
				.contains("id=\"price-history\"").contains("¥57,800").doesNotContain("¥62,000").doesNotContain("¥59,000");
		assertThat(api.patch("/api/v1/listings/" + id, Map.of("priceFen", 5_500_000), dealer).status()).isEqualTo(200);
		assertThat(api.get("/listings/" + id + "/valuation-panel").text()).contains("¥57,800", "¥55,000")
				.doesNotContain("¥62,000");
	}

	@Test
	void importedListingsAndTheDemoMarketHaveTheirFirstPrice() {
		String vin = TestVins.next();
		String csv = "vin,make,model,year,bodyType,colour,powertrain,emissionStandard,firstRegistrationDate,"
				+ "registrationCity,priceYuan,mileageKm,city\n" + vin
				+ ",Toyota,Corolla,2020,SEDAN,WHITE,ICE,CN6,2020-05-01,Wuhan,89800,52000,Wuhan\n";
		Response started = api.upload("/api/v1/inventory/imports", "one.csv", csv.getBytes(StandardCharsets.UTF_8), dealer);
		assertThat(started.status()).isEqualTo(202);
		String job = started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(30)).until(() ->
				"COMPLETED".equals(api.get("/api/v1/inventory/imports/" + job, dealer).json().get("status").asString()));
		long id = api.get("/api/v1/inventory/imports/" + job, dealer).json().get("rows").get(0).get("listingId").asLong();
		assertThat(prices(id)).containsExactly(8_980_000L);

		Long withoutHistory = jdbc.queryForObject("""
				SELECT count(*) FROM catalog.listings l WHERE NOT EXISTS
				    (SELECT 1 FROM catalog.listing_price_changes p WHERE p.listing_id = l.id)""", Long.class);
		assertThat(withoutHistory).as("every listing, the demo market's included, has its first price").isZero();
	}

	private java.util.List<Long> prices(long listingId) {
		return catalog.priceHistory(listingId).stream().map(PriceChange::priceFen).toList();
	}
}
