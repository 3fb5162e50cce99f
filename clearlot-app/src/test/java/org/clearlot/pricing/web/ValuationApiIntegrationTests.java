package org.clearlot.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.clearlot.support.Valuations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The valuation API on the demo market: estimates, every kind of bad input, listings' ratings and exclusions. */
@ClearlotIntegrationTest
class ValuationApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	org.clearlot.pricing.valuation.ModelTraining training;

	Api api;
	String dealer;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		dealer = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
		Valuations.awaitModel(api);
	}

	@Test
	void valuesACarWithARangeComparablesAndTheModelVersion() {
		Response response = api.post("/api/v1/valuations", Valuations.lavida(), null);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		JsonNode body = response.json();
		long estimate = body.get("estimateFen").asLong();
		assertThat(estimate).as("a 2021 Lavida sells for ¥40,000–120,000").isBetween(4_000_000L, 12_000_000L);
		assertThat(body.get("lowFen").asLong()).isLessThan(estimate);
		assertThat(body.get("highFen").asLong()).isGreaterThan(estimate);
		assertThat(body.get("comparables").asInt()).isPositive();
		assertThat(body.get("modelVersion").asLong()).isPositive();

		Map<String, Object> older = new HashMap<>(Valuations.lavida());
		older.put("year", 2015);
		older.put("mileageKm", 140_000);
		assertThat(api.post("/api/v1/valuations", older, null).json().get("estimateFen").asLong())
				.as("an older, more driven car is worth less").isLessThan(estimate);
		Map<String, Object> chineseCity = new HashMap<>(Valuations.lavida());
		chineseCity.put("city", "武汉");
		assertThat(api.post("/api/v1/valuations", chineseCity, null).json().get("estimateFen").asLong())
				.as("cities by Chinese name").isEqualTo(estimate);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "make|''|is required", "model|<null>|is required",
			"year|1970|must be between 1980", "mileageKm|-5|must be between 0", "city|Atlantis|unknown city",
			"powertrain|STEAM|is not one of", "powertrain|<null>|is required", "grade|7|must be between 1 and 5",
			"sohPercent|140|must be between 1 and 100", "firstRegistrationDate|2021-13-01|is not a date" })
	void refusesEachBadFieldWithAFieldError(String field, String value, String message) {
		Map<String, Object> body = new HashMap<>(Valuations.lavida());
		body.put(field, value.equals("<null>") ? null : value.matches("-?\\d+") ? Integer.parseInt(value) : value);
		Response response = api.post("/api/v1/valuations", body, null);
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors")).anySatisfy(error -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("message").asString()).contains(message);
		});
	}

	@Test
	void namesEveryBadFieldAtOnceAndRefusesBadBodies() {
		Map<String, Object> body = new HashMap<>();
		body.put("sohPercent", 90);
		body.put("powertrain", "ICE");
		Response response = api.post("/api/v1/valuations", body, null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
				.contains("make", "model", "year", "mileageKm", "city", "sohPercent");
		assertThat(api.postRaw("/api/v1/valuations", "application/json", "{not json", null).status()).isEqualTo(400);
		assertThat(api.postRaw("/api/v1/valuations", "application/json", "", null).status()).isEqualTo(400);
		Response wrongType = api.postRaw("/api/v1/valuations", "application/json", "{\"year\":\"old\"}", null);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.isProblem()).isTrue();
	}

	@Test
	void aListingsValuationRatesItsPrice() {
		long fair = listing(Payloads.iceVehicle(TestVins.next()), 0);
		JsonNode valuation = api.get("/api/v1/listings/" + fair + "/valuation", null).json();
		assertThat(valuation.get("listingId").asLong()).isEqualTo(fair);
		assertThat(valuation.get("dealRating").asString()).isIn("GREAT", "GOOD", "FAIR", "HIGH", "OVERPRICED");
		assertThat(valuation.get("exclusion").isNull()).isTrue();
		long estimate = valuation.get("estimateFen").asLong();

		long cheap = listing(Payloads.iceVehicle(TestVins.next()), Math.round(estimate * 0.7));
		assertThat(api.get("/api/v1/listings/" + cheap + "/valuation", null).json().get("dealRating").asString())
				.isEqualTo("GREAT");
		long dear = listing(Payloads.iceVehicle(TestVins.next()), Math.round(estimate * 1.4));
		assertThat(api.get("/api/v1/listings/" + dear + "/valuation", null).json().get("dealRating").asString())
				.isEqualTo("OVERPRICED");
	}

	@Test
	void aListingTheModelLearntFromIsStillRatedAgainstTheMarketNotItsOwnPrice() {
		long fair = listing(Payloads.iceVehicle(TestVins.next()), 0);
		long market = api.get("/api/v1/listings/" + fair + "/valuation", null).json().get("estimateFen").asLong();
		Map<String, Object> special = Payloads.iceVehicle(TestVins.next());
		special.put("trim", "Dealer Special " + TestVins.next());
		long dear = listing(special, Math.round(market * 1.5));

		training.retrainInBackground().join();

		JsonNode valuation = api.get("/api/v1/listings/" + dear + "/valuation", null).json();
		assertThat(valuation.get("dealRating").asString()).as(valuation.toString()).isEqualTo("OVERPRICED");
		assertThat(valuation.get("estimateFen").asLong()).isLessThan(Math.round(market * 1.2));
	}

	@Test
	void aFloodCarAndACarWithoutComparablesGetAnEstimateButNoRating() {
		String vin = TestVins.next();
		long flooded = listing(Payloads.iceVehicle(vin), 6_000_000);
		String inspector = api.token(TestActors.in(identity).inspector().username(), TestActors.PASSWORD);
		Response report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of(
				"inspectedAt", OffsetDateTime.now().minusMinutes(5).toString(), "odometerKm", 52_500,
				"tradability", Map.of("allPassed", true),
				"flood", Map.of("soakedItems", List.of("CARPET", "FLOOR_HARNESS", "UNDER_SEAT"))), inspector);
		assertThat(report.status()).as(report.text()).isEqualTo(201);
		JsonNode valuation = api.get("/api/v1/listings/" + flooded + "/valuation", null).json();
		assertThat(valuation.get("dealRating").isNull()).isTrue();
		assertThat(valuation.get("exclusion").asString()).isEqualTo("FLOOD");
		assertThat(valuation.get("exclusionReason").asString()).contains("Flood car");
		assertThat(valuation.get("estimateFen").asLong()).isPositive();

		Map<String, Object> rare = Payloads.iceVehicle(TestVins.next());
		rare.put("make", "Hongqi");
		rare.put("model", "CA770");
		rare.put("year", 2008);
		rare.put("firstRegistrationDate", "2008-05-01");
		rare.put("emissionStandard", "CN3");
		long unusual = listing(rare, 30_000_000);
		JsonNode alone = api.get("/api/v1/listings/" + unusual + "/valuation", null).json();
		assertThat(alone.get("dealRating").isNull()).as(alone.toString()).isTrue();
		assertThat(alone.get("exclusion").asString()).isEqualTo("FEW_COMPARABLES");
		assertThat(alone.get("comparables").asInt()).isZero();
	}

	@Test
	void unknownListingsAndOtherDealersDraftsAreNotFound() {
		Response unknown = api.get("/api/v1/listings/999999999/valuation", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		long draft = api.post("/api/v1/listings", Payloads.listing(vin, 6_000_000, 52_000, "Wuhan"), dealer).json()
				.get("id").asLong();
		assertThat(api.get("/api/v1/listings/" + draft + "/valuation", null).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/listings/" + draft + "/valuation", dealer).status()).isEqualTo(200);
	}

	/** A published listing of the test dealer for this car; price 0 takes ¥60,000. */
	private long listing(Map<String, Object> vehicle, long priceFen) {
		Response registered = api.post("/api/v1/vehicles", vehicle, dealer);
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		Response created = api.post("/api/v1/listings", Payloads.listing((String) vehicle.get("vin"),
				priceFen == 0 ? 6_000_000 : priceFen, 52_000, "Wuhan"), dealer);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealer).status()).isEqualTo(200);
		return id;
	}
}
