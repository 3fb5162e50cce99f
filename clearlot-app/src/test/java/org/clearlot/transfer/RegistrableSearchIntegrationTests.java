package org.clearlot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.SearchResults;
import org.clearlot.support.TestVins;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Search for cars a city accepts: "can register in Hangzhou" leaves out China IV cars, in both search paths. */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrableSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	String token;
	String make;
	String word;

	@BeforeAll
	void createMarket() {
		api = new Api(port);
		token = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
		Random random = new Random();
		make = "Zr" + SearchResults.randomLetters(random, 6);
		word = "xr" + SearchResults.randomLetters(random, 8);
		list("CN4", 2014);
		list("CN5", 2018);
		list("CN6", 2022);
		list("ZERO_EMISSION", 2022);
	}

	@Test
	void aKeyRegionCityLeavesOutChinaIvCarsAndItsFacetCountsAgree() {
		assertThat(search("make=" + make).get("total").asLong()).isEqualTo(4);
		JsonNode hangzhou = search("make=" + make + "&registerIn=Hangzhou");
		assertThat(hangzhou.get("total").asLong()).isEqualTo(3);
		assertThat(SearchResults.counts(hangzhou, "emissionStandard")).containsEntry("CN5", 1L).containsEntry("CN6", 1L)
				.containsEntry("ZERO_EMISSION", 1L).doesNotContainEntry("CN4", 1L);
		assertThat(SearchResults.counts(hangzhou, "make")).containsEntry(make, 3L);
		assertThat(search("make=" + make + "&registerIn=武汉").get("total").asLong()).isEqualTo(4);
	}

	@Test
	void textSearchHonoursTheCityToo() {
		assertThat(search("q=" + word).get("total").asLong()).isEqualTo(4);
		assertThat(search("q=" + word + "&registerIn=Beijing").get("total").asLong()).isEqualTo(3);
		assertThat(search("q=" + word + "&registerIn=Chengdu").get("total").asLong()).isEqualTo(4);
	}

	@Test
	void anUnknownCityIsNamed() {
		Response response = api.get("/api/v1/listings?registerIn=Atlantis");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("registerIn");
	}

	@Test
	void theSearchPageOffersTheCityAndShowsTheFilter() {
		WebSession visitor = WebSession.anonymous(port);
		for (String language : new String[] { "en", "zh-CN" }) {
			String page = visitor.page("/?make=" + make + "&registerIn=Hangzhou&lang=" + language);
			assertThat(page).contains("id=\"register-in\"").contains("<option value=\"Hangzhou\" selected=\"selected\"")
					.doesNotContain("??");
			assertThat(page).contains("en".equals(language) ? "Registrable in Hangzhou" : "可在杭州上牌");
			assertThat(page).contains("en".equals(language) ? "3 cars" : "3");
		}
	}

	private void list(String standard, int year) {
		String vin = TestVins.next();
		Map<String, Object> vehicle = "ZERO_EMISSION".equals(standard) ? Payloads.bevVehicle(vin)
				: Payloads.iceVehicle(vin);
		vehicle.put("make", make);
		vehicle.put("model", "Gamma");
		vehicle.put("year", year);
		vehicle.put("firstRegistrationDate", year + "-03-01");
		vehicle.put("emissionStandard", standard);
		assertThat(api.post("/api/v1/vehicles", vehicle, token).status()).isEqualTo(201);
		Map<String, Object> listing = Payloads.listing(vin, 6_000_000, 50_000, "Wuhan");
		listing.put("description", "Test car " + word);
		long id = api.post("/api/v1/listings", listing, token).json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), token).status()).isEqualTo(200);
	}

	private JsonNode search(String query) {
		Response response = api.get("/api/v1/listings?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

}
