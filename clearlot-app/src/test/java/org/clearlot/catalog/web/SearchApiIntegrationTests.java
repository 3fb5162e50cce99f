package org.clearlot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Search semantics on a small market of our own, told apart from the demo market by a make name and a description
 * word that exist nowhere else.
 */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIntegrationTests {

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
		make = "Zq" + SearchResults.randomLetters(random, 6);
		word = "xq" + SearchResults.randomLetters(random, 8);
		list(make, "Alpha", "BEV", "Wuhan", 12_000_000, 30_000, 2021);
		list(make, "Alpha", "BEV", "Chengdu", 9_000_000, 60_000, 2019);
		list(make, "Alpha", "ICE", "Wuhan", 7_000_000, 90_000, 2017);
		list(make, "Beta", "ICE", "Wuhan", 15_000_000, 10_000, 2023);
		list(make, "Beta", "PHEV", "Xi'an", 20_000_000, 5_000, 2024);
	}

	@Test
	void filtersByMakeAndCountsEveryFacet() {
		JsonNode result = search("make=" + make);
		assertThat(result.get("total").asLong()).isEqualTo(5);
		assertThat(SearchResults.counts(result, "powertrain")).containsEntry("BEV", 2L).containsEntry("ICE", 2L).containsEntry("PHEV", 1L);
		assertThat(SearchResults.counts(result, "city")).containsEntry("Wuhan", 3L).containsEntry("Chengdu", 1L).containsEntry("Xi'an", 1L);
		assertThat(SearchResults.counts(result, "model")).containsEntry("Alpha", 3L).containsEntry("Beta", 2L);
		assertThat(SearchResults.counts(result, "year")).containsEntry("2017", 1L).containsEntry("2024", 1L);
		assertThat(SearchResults.counts(result, "make")).containsEntry(make, 5L);
	}

	@Test
	void aFacetsCountsIgnoreItsOwnFilterButHonourTheOthers() {
		JsonNode result = search("make=" + make + "&powertrain=BEV");
		assertThat(result.get("total").asLong()).isEqualTo(2);
		assertThat(SearchResults.counts(result, "powertrain")).as("other powertrains stay visible with their counts")
				.containsEntry("BEV", 2L).containsEntry("ICE", 2L).containsEntry("PHEV", 1L);
		assertThat(SearchResults.counts(result, "city")).as("cities counted among BEVs of this make only")
				.containsEntry("Wuhan", 1L).containsEntry("Chengdu", 1L).containsEntry("Xi'an", 0L);
		assertThat(SearchResults.counts(result, "make").get(make)).isEqualTo(2L);
	}

	@Test
	void severalValuesOfOneFacetMeanAnyOfThem() {
		assertThat(search("make=" + make + "&city=Chengdu&city=西安").get("total").asLong()).isEqualTo(2);
	}

	@Test
	void rangeFiltersAndRangeFacets() {
		JsonNode result = search("make=" + make + "&priceMinFen=9000000&priceMaxFen=15000000&yearMin=2019");
		assertThat(result.get("total").asLong()).isEqualTo(3);
		assertThat(search("make=" + make + "&mileageMaxKm=30000").get("total").asLong()).isEqualTo(3);
		Map<String, Long> price = SearchResults.counts(search("make=" + make), "price");
		assertThat(price).containsEntry("5000000-10000000", 2L).containsEntry("10000000-15000000", 1L)
				.containsEntry("15000000-20000000", 1L).containsEntry("20000000-30000000", 1L);
	}

	@Test
	void textSearchFindsCarsByChineseOrEnglishMakeName() {
		list("BYD", "Han EV", "BEV", "Shenzhen", 16_000_000, 20_000, 2022);
		assertThat(search("q=" + word + "%20BYD").get("total").asLong()).isEqualTo(1);
		assertThat(search("q=" + word + "%20%E6%AF%94%E4%BA%9A%E8%BF%AA").get("total").asLong()).as("比亚迪").isEqualTo(1);
		assertThat(search("q=" + word + "%20%E6%B1%89").get("total").asLong()).as("汉").isEqualTo(1);
		assertThat(search("q=" + word + "%20Tesla").get("total").asLong()).isZero();
	}

	@Test
	void sortsAndPages() {
		List<Long> prices = prices(search("make=" + make + "&sort=price_asc"));
		assertThat(prices).isSorted().hasSize(5);
		List<Long> descending = prices(search("make=" + make + "&sort=price_desc"));
		assertThat(descending.get(0)).isEqualTo(20_000_000L);
		JsonNode second = search("make=" + make + "&sort=price_asc&size=2&page=1");
		assertThat(prices(second)).containsExactly(prices.get(2), prices.get(3));
		assertThat(second.get("total").asLong()).isEqualTo(5);
		JsonNode byMileage = search("make=" + make + "&sort=mileage_asc");
		assertThat(byMileage.get("items").get(0).get("mileageKm").asInt()).isEqualTo(5_000);
	}

	@Test
	void badParametersAreNamed() {
		Response response = api.get("/api/v1/listings?sort=cheapest&size=1000&yearMin=abc&city=Atlantis");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("sort", "size", "yearMin", "city");
	}

	private void list(String make, String model, String powertrain, String city, long priceFen, int mileageKm, int year) {
		String vin = TestVins.next();
		Map<String, Object> vehicle = "BEV".equals(powertrain) ? Payloads.bevVehicle(vin)
				: "PHEV".equals(powertrain) ? phev(vin) : Payloads.iceVehicle(vin);
		vehicle.put("make", make);
		vehicle.put("model", model);
		vehicle.put("year", year);
		vehicle.put("firstRegistrationDate", year + "-03-01");
		assertThat(api.post("/api/v1/vehicles", vehicle, token).status()).isEqualTo(201);
		Map<String, Object> listing = Payloads.listing(vin, priceFen, mileageKm, city);
		listing.put("description", "Test car " + word);
		long id = api.post("/api/v1/listings", listing, token).json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), token).status()).isEqualTo(200);
	}

	private static Map<String, Object> phev(String vin) {
		Map<String, Object> body = Payloads.bevVehicle(vin);
		body.put("powertrain", "PHEV");
		body.put("emissionStandard", "CN6");
		return body;
	}

	private JsonNode search(String query) {
		Response response = api.get("/api/v1/listings?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}


	private static List<Long> prices(JsonNode result) {
		List<Long> prices = new ArrayList<>();
		result.get("items").forEach(item -> prices.add(item.get("priceFen").asLong()));
		return prices;
	}
}
