package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.Role;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ClearlotIntegrationTest
class InspectionApiIntegrationTests {

	static final Map<String, Object> CLEAN = Map.of("inspectedAt", "2025-03-01T10:00:00+08:00", "odometerKm", 82000,
			"tradability", Map.of("allPassed", true), "findings", List.of());

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TestActors actors;
	String inspector;
	String dealer;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		actors = TestActors.in(identity);
		inspector = api.token(actors.inspector().username(), TestActors.PASSWORD);
		dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void aCleanCarScoresFullMarksAndStartsTheChain() {
		String vin = registered();
		Response response = api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, inspector);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		JsonNode report = response.json();
		assertThat(report.get("version").asInt()).isEqualTo(1);
		assertThat(report.get("score").asInt()).isEqualTo(100);
		assertThat(report.get("grade").asInt()).isEqualTo(1);
		assertThat(report.get("accident").asBoolean() || report.get("flood").asBoolean() || report.get("fire").asBoolean()).isFalse();
		assertThat(report.get("hash").asString()).matches("[0-9a-f]{64}");
		assertThat(report.get("previousHash").isNull()).isTrue();
		assertThat(api.get("/api/v1/inspections/" + report.get("id").asString()).json().get("hash").asString())
				.isEqualTo(report.get("hash").asString());
	}

	@Test
	void reportsOfOneCarFormAVerifiableChain() {
		String vin = registered();
		JsonNode first = api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, inspector).json();
		JsonNode second = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-09-01T10:00:00+08:00",
				"odometerKm", 90000, "tradability", Map.of("allPassed", true), "findings", List.of()), inspector).json();
		assertThat(second.get("previousHash").asString()).isEqualTo(first.get("hash").asString());
		JsonNode check = api.get("/api/v1/vehicles/" + vin + "/history/verify").json();
		assertThat(check.get("valid").asBoolean()).isTrue();
		assertThat(check.get("reports").asInt()).isEqualTo(2);
	}

	@Test
	void structuralDamageFloodAndFireAreFlagged() {
		String vin = registered();
		Map<String, Object> body = Map.of("inspectedAt", "2025-03-01T10:00:00+08:00", "odometerKm", 82000,
				"tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("position", "LEFT_A_PILLAR", "code", "SH"),
						Map.of("item", 27, "code", "HH", "degree", 2, "repainted", true, "replaced", false, "paintMicrons", 260)),
				"flood", Map.of("soakedItems", List.of("CARPET", "FLOOR_HARNESS", "UNDER_SEAT")),
				"fire", Map.of("burnAreaM2", 0.6));
		JsonNode report = api.post("/api/v1/vehicles/" + vin + "/inspections", body, inspector).json();
		assertThat(report.get("accident").asBoolean()).isTrue();
		assertThat(report.get("grade").asInt()).isEqualTo(5);
		assertThat(report.get("flood").asBoolean()).isTrue();
		assertThat(report.get("fire").asBoolean()).isTrue();
		assertThat(report.get("score").asInt()).isLessThan(100);
	}

	@Test
	void invalidContentNamesEachBadField() {
		Map<String, Object> body = Map.of("odometerKm", -5, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("item", 27, "code", "ZZZ", "degree", 7), Map.of("item", 200, "severity", 1),
						Map.of("position", "ROOF", "code", "SH")),
				"flood", Map.of("soakedItems", List.of("TRUNK")));
		Response response = api.post("/api/v1/vehicles/" + registered() + "/inspections", body, inspector);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("inspectedAt", "odometerKm",
				"findings[0].code", "findings[0].degree", "findings[1].item", "findings[2].position", "flood.soakedItems[0]");
	}

	@Test
	void onlyIndependentInspectorsFileReports() {
		String vin = registered();
		assertThat(api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, dealer).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, null).status()).isEqualTo(401);
		String username = "dealer-inspector-" + UUID.randomUUID().toString().substring(0, 6);
		identity.createAccount(new NewAccount(username, TestActors.PASSWORD, "In-house", Role.INSPECTOR, actors.dealerOrg().id()));
		api.post("/api/v1/listings", Payloads.listing(vin, 9_000_000, 80_000, "Wuhan"), dealer);
		Response own = api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, api.token(username, TestActors.PASSWORD));
		assertThat(own.status()).as("an inspector of the selling dealer").isEqualTo(403);
		assertThat(api.post("/api/v1/vehicles/" + TestVins.next() + "/inspections", CLEAN, inspector).status()).isEqualTo(404);
	}

	@Test
	void aCorrectionIsANewVersionThatSupersedesTheOriginalOnce() {
		String vin = registered();
		String original = api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, inspector).json().get("id").asString();
		Map<String, Object> corrected = new java.util.HashMap<>(CLEAN);
		corrected.put("odometerKm", 82500);
		assertThat(api.post("/api/v1/inspections/" + original + "/corrections", corrected, inspector).status())
				.as("a correction needs a reason").isEqualTo(400);
		corrected.put("reason", "Odometer misread: 82,500 km");
		Response correction = api.post("/api/v1/inspections/" + original + "/corrections", corrected, inspector);
		assertThat(correction.status()).isEqualTo(201);
		assertThat(correction.json().get("version").asInt()).isEqualTo(2);
		assertThat(correction.json().get("supersedes").asString()).isEqualTo(original);
		assertThat(api.post("/api/v1/inspections/" + original + "/corrections", corrected, inspector).status()).isEqualTo(409);
		assertThat(api.get("/api/v1/vehicles/" + vin + "/history").json().get("reports").asInt())
				.as("only current reports count").isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesChangesAndVerifyFindsATamperedReport() {
		String vin = registered();
		api.post("/api/v1/vehicles/" + vin + "/inspections", CLEAN, inspector);
		String second = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-06-01T10:00:00+08:00",
				"odometerKm", 85000, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("position", "SYMMETRY", "code", "BX"))), inspector).json().get("id").asString();
		assertThatThrownBy(() -> jdbc.update("UPDATE inspection.reports SET accident = false WHERE id = ?::uuid", second))
				.hasMessageContaining("immutable");
		jdbc.execute("ALTER TABLE inspection.reports DISABLE TRIGGER reports_immutable");
		try {
			jdbc.update("UPDATE inspection.reports SET accident = false, grade = 1 WHERE id = ?::uuid", second);
		}
		finally {
			jdbc.execute("ALTER TABLE inspection.reports ENABLE TRIGGER reports_immutable");
		}
		JsonNode check = api.get("/api/v1/vehicles/" + vin + "/history/verify").json();
		assertThat(check.get("valid").asBoolean()).isFalse();
		assertThat(check.get("brokenAt").get("reportId").asString()).isEqualTo(second);
		assertThat(check.get("brokenAt").get("position").asInt()).isEqualTo(2);
	}

	@Test
	void historyFlagsAnOdometerReadingBelowAnEarlierOne() {
		String vin = registered();
		long listing = api.post("/api/v1/listings", Payloads.listing(vin, 9_000_000, 120_000, "Wuhan"), dealer).json().get("id").asLong();
		api.post("/api/v1/listings/" + listing + "/publish", Map.of(), dealer);
		api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", java.time.OffsetDateTime.now().toString(),
				"odometerKm", 60_000, "tradability", Map.of("allPassed", true), "findings", List.of()), inspector);
		JsonNode history = api.get("/api/v1/vehicles/" + vin + "/history").json();
		assertThat(history.get("mileageReadings").findValuesAsString("source")).containsExactly("LISTING", "INSPECTION");
		assertThat(history.get("odometer").get("consistent").asBoolean()).isFalse();
		assertThat(history.get("odometer").get("flags").get(0).get("code").asString()).isEqualTo("ROLLBACK");
		assertThat(history.get("latestGrade").asInt()).isEqualTo(1);
	}

	@Test
	void listingsAndSearchShowAndFilterTheLatestVerdict() {
		String make = "Insp" + UUID.randomUUID().toString().substring(0, 6);
		long clean = publishedListing(make);
		long crashed = publishedListing(make);
		long unknown = publishedListing(make);
		String crashedVin = api.get("/api/v1/listings/" + crashed).json().get("vin").asString();
		String cleanVin = api.get("/api/v1/listings/" + clean).json().get("vin").asString();
		api.post("/api/v1/vehicles/" + cleanVin + "/inspections", CLEAN, inspector);
		api.post("/api/v1/vehicles/" + crashedVin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 82000, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("position", "RIGHT_FRONT_RAIL", "code", "GH"))), inspector);

		JsonNode listing = api.get("/api/v1/listings/" + crashed).json();
		assertThat(listing.get("grade").asInt()).isEqualTo(5);
		assertThat(listing.get("accident").asBoolean()).isTrue();
		JsonNode all = api.get("/api/v1/listings?make=" + make).json();
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("items").findValues("id").stream().filter(id -> id.asLong() == crashed).count()).isEqualTo(1);
		JsonNode free = api.get("/api/v1/listings?make=" + make + "&noAccident=true").json();
		assertThat(free.get("total").asLong()).as("only inspected cars without an accident").isEqualTo(1);
		assertThat(free.get("items").get(0).get("id").asLong()).isEqualTo(clean);
		assertThat(facet(free, "condition", "ACCIDENT_FREE")).isEqualTo(1);
		assertThat(facet(all, "grade", "5")).isEqualTo(1);
		assertThat(facet(all, "grade", "1")).isEqualTo(1);
		assertThat(api.get("/api/v1/listings?make=" + make + "&grade=5").json().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/listings?q=" + crashedVin).json().get("items").get(0).get("accident").asBoolean()).isTrue();
		assertThat(unknown).isPositive();
	}

	private long facet(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("count").asLong();
			}
		}
		return 0;
	}

	private long publishedListing(String make) {
		String vin = TestVins.next();
		Map<String, Object> vehicle = Payloads.iceVehicle(vin);
		vehicle.put("make", make);
		assertThat(api.post("/api/v1/vehicles", vehicle, dealer).status()).isEqualTo(201);
		long id = api.post("/api/v1/listings", Payloads.listing(vin, 9_000_000, 50_000, "Wuhan"), dealer).json().get("id").asLong();
		api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealer);
		return id;
	}

	private String registered() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		return vin;
	}
}
