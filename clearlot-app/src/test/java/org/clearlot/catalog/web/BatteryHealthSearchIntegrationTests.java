package org.clearlot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The "battery health at least" filter and facet, with and without text, and the state of health on each card. */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatteryHealthSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	CatalogApi catalog;

	Api api;
	String token;
	final String make = "Zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	final String word = "soh" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	@BeforeAll
	void listElectricCars() {
		api = new Api(port);
		token = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
		catalog.recordBatteryHealth(list(), 95.4);
		catalog.recordBatteryHealth(list(), 86.0);
		catalog.recordBatteryHealth(list(), 74.9);
		list();
	}

	@Test
	void theFilterKeepsCarsAtOrAboveTheThresholdAndTheFacetCountsEachThreshold() {
		assertThat(search("make=" + make).get("total").asLong()).isEqualTo(4);
		JsonNode atLeast85 = search("make=" + make + "&sohMin=85");
		assertThat(atLeast85.get("total").asLong()).isEqualTo(2);
		assertThat(sohs(atLeast85)).containsExactlyInAnyOrder(95.4, 86.0);
		assertThat(counts(atLeast85)).as("the facet ignores its own filter")
			.containsExactly(Map.entry("90", 1L), Map.entry("80", 2L), Map.entry("70", 3L));
		assertThat(search("make=" + make + "&sohMin=90").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void textQueriesFilterAndCountTheSame() {
		JsonNode result = search("q=" + word + "&sohMin=80");
		assertThat(result.get("total").asLong()).isEqualTo(2);
		assertThat(counts(result)).containsExactly(Map.entry("90", 1L), Map.entry("80", 2L), Map.entry("70", 3L));
	}

	@Test
	void aCarWithoutAnEstimateMeetsNoThresholdAndABadThresholdIsNamed() {
		assertThat(search("make=" + make + "&sohMin=0").get("total").asLong()).isEqualTo(3);
		Response bad = api.get("/api/v1/listings?sohMin=120");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("sohMin");
	}

	private String list() {
		String vin = TestVins.next();
		Map<String, Object> vehicle = Payloads.bevVehicle(vin);
		vehicle.put("make", make);
		assertThat(api.post("/api/v1/vehicles", vehicle, token).status()).isEqualTo(201);
		Map<String, Object> listing = Payloads.listing(vin, 12_000_000, 30_000, "Wuhan");
		listing.put("description", "Electric " + word);
		long id = api.post("/api/v1/listings", listing, token).json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), token).status()).isEqualTo(200);
		return vin;
	}

	private JsonNode search(String query) {
		Response response = api.get("/api/v1/listings?" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private static List<Double> sohs(JsonNode result) {
		List<Double> values = new ArrayList<>();
		result.get("items").forEach(item -> values.add(item.get("sohPercent").asDouble()));
		return values;
	}

	private static Map<String, Long> counts(JsonNode result) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		result.get("facets").get("battery").forEach(v -> counts.put(v.get("value").asString(), v.get("count").asLong()));
		return counts;
	}
}
