package org.clearlot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ClearlotIntegrationTest
class ListingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	TestActors actors;
	String dealerToken;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		actors = TestActors.in(identity);
		dealerToken = api.token(actors.dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void dealerRegistersListsPublishesAndWithdrawsACar() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealerToken).status()).isEqualTo(201);

		Response created = api.post("/api/v1/listings", Payloads.listing(vin, 18_880_000, 23_000, "Wuhan"), dealerToken);
		assertThat(created.status()).isEqualTo(201);
		JsonNode draft = created.json();
		long id = draft.get("id").asLong();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("vin").asString()).isEqualTo(vin);
		assertThat(searchIds("?q=" + vin)).doesNotContain(id);

		Response revised = api.patch("/api/v1/listings/" + id, Map.of("priceFen", 18_500_000), dealerToken);
		assertThat(revised.status()).isEqualTo(200);
		assertThat(revised.json().get("priceFen").asLong()).isEqualTo(18_500_000);

		Response published = api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealerToken);
		assertThat(published.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(searchIds("?q=" + vin)).as("a VIN typed into search finds that car").containsExactly(id);
		assertThat(searchIds("?q=" + vin.toLowerCase())).containsExactly(id);
		assertThat(searchIds("?make=BYD&city=Wuhan&size=100&sort=newest")).contains(id);

		Response withdrawn = api.post("/api/v1/listings/" + id + "/withdraw", Map.of(), dealerToken);
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(searchIds("?make=BYD&city=Wuhan&size=100&sort=newest"))
				.as("a withdrawn car leaves the results as soon as its transaction commits").doesNotContain(id);
	}

	@Test
	void getReturnsEveryFactOfAPublishedListingToAnyone() {
		long id = publishedListing(Payloads.iceVehicle(TestVins.next()), 7_980_000, 41_000, "Wuhan");
		Response response = api.get("/api/v1/listings/" + id);
		assertThat(response.status()).isEqualTo(200);
		JsonNode listing = response.json();
		assertThat(listing.get("make").asString()).isEqualTo("Volkswagen");
		assertThat(listing.get("priceFen").asLong()).isEqualTo(7_980_000);
		assertThat(listing.get("mileageKm").asInt()).isEqualTo(41_000);
		assertThat(listing.get("dealerName").asString()).isEqualTo("Test Motors A");
		assertThat(listing.get("vehicle").get("emissionStandard").asString()).isEqualTo("CN6");
	}

	@Test
	void draftsAreHiddenFromOtherOrganizations() {
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealerToken);
		long id = api.post("/api/v1/listings", Payloads.listing(vin, 5_000_000, 80_000, "Wuhan"), dealerToken).json().get("id").asLong();
		assertThat(api.get("/api/v1/listings/" + id).status()).isEqualTo(404);
		String otherToken = api.token(actors.otherDealer().username(), TestActors.PASSWORD);
		assertThat(api.get("/api/v1/listings/" + id, otherToken).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/listings/" + id, dealerToken).status()).isEqualTo(200);
	}

	@Test
	void anotherOrganizationsListingCannotBeChanged() {
		long id = publishedListing(Payloads.iceVehicle(TestVins.next()), 6_000_000, 50_000, "Wuhan");
		String otherToken = api.token(actors.otherDealer().username(), TestActors.PASSWORD);
		Response patch = api.patch("/api/v1/listings/" + id, Map.of("priceFen", 1), otherToken);
		assertThat(patch.status()).isEqualTo(403);
		assertThat(patch.isProblem()).isTrue();
		assertThat(api.post("/api/v1/listings/" + id + "/withdraw", Map.of(), otherToken).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/listings/" + id + "/withdraw", Map.of(), null).status()).isEqualTo(401);
	}

	@Test
	void aCarCannotBeListedTwiceAtOnce() {
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealerToken);
		assertThat(api.post("/api/v1/listings", Payloads.listing(vin, 5_000_000, 1_000, "Wuhan"), dealerToken).status()).isEqualTo(201);
		Response second = api.post("/api/v1/listings", Payloads.listing(vin, 5_100_000, 1_000, "Wuhan"), dealerToken);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains(vin);
	}

	@Test
	void invalidListingFieldsAreEachNamed() {
		Response response = api.post("/api/v1/listings",
				Map.of("vin", TestVins.next(), "priceFen", -5, "mileageKm", -1, "city", "Atlantis"), dealerToken);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("priceFen", "mileageKm", "city");
	}

	@Test
	void publishingASoldOrWithdrawnStatusTwiceIsAConflict() {
		long id = publishedListing(Payloads.iceVehicle(TestVins.next()), 6_000_000, 50_000, "Wuhan");
		Response again = api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealerToken);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("ACTIVE");
	}

	@Test
	void unknownListingIsA404Problem() {
		Response response = api.get("/api/v1/listings/987654321");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(api.get("/api/v1/listings/not-a-number").status()).isEqualTo(400);
	}

	@Test
	void malformedJsonIsA400Problem() {
		Response response = api.postRaw("/api/v1/listings", "application/json", "{\"vin\": ", dealerToken);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		Response wrongType = api.postRaw("/api/v1/listings", "application/json", "{\"priceFen\": \"cheap\"}", dealerToken);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("detail").asString()).contains("priceFen");
	}

	private long publishedListing(Map<String, Object> vehicle, long priceFen, int mileageKm, String city) {
		String vin = (String) vehicle.get("vin");
		assertThat(api.post("/api/v1/vehicles", vehicle, dealerToken).status()).isEqualTo(201);
		long id = api.post("/api/v1/listings", Payloads.listing(vin, priceFen, mileageKm, city), dealerToken).json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealerToken).status()).isEqualTo(200);
		return id;
	}

	private java.util.List<Long> searchIds(String query) {
		Response response = api.get("/api/v1/listings" + query);
		assertThat(response.status()).isEqualTo(200);
		java.util.List<Long> ids = new java.util.ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}
}
