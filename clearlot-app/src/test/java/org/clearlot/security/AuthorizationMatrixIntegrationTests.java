package org.clearlot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.Readings;
import org.clearlot.support.TestPackCodes;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.clearlot.support.Valuations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every API endpoint against every role, on resources of the caller's own organization and of another one. Each
 * case uses fresh resources so that cases cannot affect each other.
 */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	/** Who calls: nobody, or a user of a role; DEALER owns the resources, OTHER_DEALER is another organization. */
	enum Caller { ANONYMOUS, BUYER, DEALER, OTHER_DEALER, INSPECTOR, ADMIN, TELEMETRY, RECYCLER }

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	@BeforeAll
	void signIn() {
		api = new Api(port);
		TestActors actors = TestActors.in(identity);
		tokens.put(Caller.BUYER, api.token(actors.buyer().username(), TestActors.PASSWORD));
		tokens.put(Caller.DEALER, api.token(actors.dealer().username(), TestActors.PASSWORD));
		tokens.put(Caller.OTHER_DEALER, api.token(actors.otherDealer().username(), TestActors.PASSWORD));
		tokens.put(Caller.INSPECTOR, api.token(actors.inspector().username(), TestActors.PASSWORD));
		tokens.put(Caller.ADMIN, api.token(actors.admin().username(), TestActors.PASSWORD));
		tokens.put(Caller.TELEMETRY, api.token(actors.telemetry().username(), TestActors.PASSWORD));
		tokens.put(Caller.RECYCLER, api.token(actors.recycler().username(), TestActors.PASSWORD));
	}

	/** An endpoint call given the caller's token (null for anonymous); it prepares its own resources. */
	record Endpoint(String name, Function<String, Response> call) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> matrix() {
		return Stream.of(
				row("POST /vehicles", 401, 403, 201, 201, 403, 201),
				row("GET /vehicles/{vin}", 200, 200, 200, 200, 200, 200),
				row("POST /listings", 401, 403, 201, 201, 403, 403),
				row("PATCH /listings/{id}", 401, 403, 200, 403, 403, 403),
				row("POST /listings/{id}/publish", 401, 403, 200, 403, 403, 403),
				row("POST /listings/{id}/withdraw", 401, 403, 200, 403, 403, 200),
				row("GET /listings", 200, 200, 200, 200, 200, 200),
				row("GET /listings/{id} active", 200, 200, 200, 200, 200, 200),
				row("GET /listings/{id} draft", 404, 404, 200, 404, 404, 200),
				row("GET /inventory", 401, 403, 200, 200, 403, 403),
				row("POST /inventory/imports", 401, 403, 202, 202, 403, 403),
				row("GET /inventory/imports/{id}", 401, 403, 200, 403, 403, 403),
				row("GET /me", 401, 200, 200, 200, 200, 200),
				row("GET /me/notifications", 401, 200, 200, 200, 200, 200),
				row("POST /me/notifications/read", 401, 200, 200, 200, 200, 200),
				row("POST /vehicles/{vin}/inspections", 401, 403, 403, 403, 201, 403),
				row("POST /inspections/{id}/corrections", 401, 403, 403, 403, 201, 403),
				row("GET /vehicles/{vin}/inspections", 200, 200, 200, 200, 200, 200),
				row("GET /inspections/{id}", 200, 200, 200, 200, 200, 200),
				row("GET /vehicles/{vin}/history", 200, 200, 200, 200, 200, 200),
				row("GET /vehicles/{vin}/history/verify", 200, 200, 200, 200, 200, 200),
				row("POST /inspection-photos", 401, 403, 403, 403, 201, 403),
				row("POST /telemetry", 401, 403, 403, 403, 403, 403, 202, 403),
				row("GET /vehicles/{vin}/telemetry/latest", 401, 403, 200, 403, 403, 200, 200, 403),
				row("GET /vehicles/{vin}/battery", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /batteries/{packCode}", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /batteries/{packCode}/verify", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /batteries/{packCode}/battery-pass", 200, 200, 200, 200, 200, 200, 200, 200),
				row("POST /batteries/{packCode}/events", 401, 403, 403, 403, 403, 403, 403, 201),
				row("GET /transfer-eligibility", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /transfer-eligibility/cities", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /transfer-rules", 200, 200, 200, 200, 200, 200, 200, 200),
				row("GET /transfer-rules/{kind}/{jurisdiction}", 200, 200, 200, 200, 200, 200, 200, 200),
				row("POST /transfer-rules", 401, 403, 403, 403, 403, 201),
				row("POST /valuations", 200, 200, 200, 200, 200, 200),
				row("GET /listings/{id}/valuation active", 200, 200, 200, 200, 200, 200),
				row("GET /listings/{id}/valuation draft", 404, 404, 200, 404, 404, 200),
				row("GET /no-such-endpoint", 401, 403, 403, 403, 403, 403));
	}

	/** A row where the telemetry and recycler accounts get what a buyer gets (the endpoints predate them). */
	private static Arguments row(String endpoint, int anonymous, int buyer, int dealer, int otherDealer, int inspector, int admin) {
		return row(endpoint, anonymous, buyer, dealer, otherDealer, inspector, admin, buyer, buyer);
	}

	private static Arguments row(String endpoint, int anonymous, int buyer, int dealer, int otherDealer, int inspector,
			int admin, int telemetry, int recycler) {
		Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
		expected.putAll(Map.of(Caller.ANONYMOUS, anonymous, Caller.BUYER, buyer, Caller.DEALER, dealer,
				Caller.OTHER_DEALER, otherDealer, Caller.INSPECTOR, inspector, Caller.ADMIN, admin, Caller.TELEMETRY,
				telemetry, Caller.RECYCLER, recycler));
		return Arguments.of(endpoint, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void eachRoleGetsExactlyWhatItMay(String endpoint, Map<Caller, Integer> expected) {
		for (Caller caller : Caller.values()) {
			Response response = call(endpoint, tokens.get(caller));
			assertThat(response.status()).as("%s as %s: %s", endpoint, caller, response.text()).isEqualTo(expected.get(caller));
			if (response.status() >= 400) {
				assertThat(response.isProblem()).as("%s as %s answers problem+json", endpoint, caller).isTrue();
			}
		}
	}

	private Response call(String endpoint, String token) {
		return switch (endpoint) {
			case "POST /vehicles" -> api.post("/api/v1/vehicles", Payloads.iceVehicle(TestVins.next()), token);
			case "GET /vehicles/{vin}" -> api.get("/api/v1/vehicles/" + registeredVin(), token);
			case "POST /listings" -> api.post("/api/v1/listings", Payloads.listing(registeredVin(), 5_000_000, 1_000, "Wuhan"), token);
			case "PATCH /listings/{id}" -> api.patch("/api/v1/listings/" + ownDraft(), Map.of("priceFen", 4_900_000), token);
			case "POST /listings/{id}/publish" -> api.post("/api/v1/listings/" + ownDraft() + "/publish", Map.of(), token);
			case "POST /listings/{id}/withdraw" -> api.post("/api/v1/listings/" + ownActive() + "/withdraw", Map.of(), token);
			case "GET /listings" -> api.get("/api/v1/listings?size=1", token);
			case "GET /listings/{id} active" -> api.get("/api/v1/listings/" + ownActive(), token);
			case "GET /listings/{id} draft" -> api.get("/api/v1/listings/" + ownDraft(), token);
			case "GET /inventory" -> api.get("/api/v1/inventory", token);
			case "POST /inventory/imports" -> api.upload("/api/v1/inventory/imports", "one.csv", oneRowCsv(), token);
			case "GET /inventory/imports/{id}" -> api.get("/api/v1/inventory/imports/" + ownImport(), token);
			case "GET /me" -> api.get("/api/v1/me", token);
			case "GET /transfer-eligibility" -> api.get("/api/v1/transfer-eligibility?vin=" + registeredVin()
					+ "&toCity=Beijing", token);
			case "GET /transfer-eligibility/cities" -> api.get("/api/v1/transfer-eligibility/cities", token);
			case "GET /transfer-rules" -> api.get("/api/v1/transfer-rules", token);
			case "GET /transfer-rules/{kind}/{jurisdiction}" -> api.get("/api/v1/transfer-rules/PLATE_QUOTA/Beijing", token);
			case "POST /transfer-rules" -> api.post("/api/v1/transfer-rules", Map.of("kind", "TEMPORARY_PLATE",
					"jurisdiction", "Lhasa", "effectiveFrom", "2035-01-01", "basis", "DERIVED",
					"source", "authorization matrix test"), token);
			case "GET /me/notifications" -> api.get("/api/v1/me/notifications", token);
			case "POST /me/notifications/read" -> api.post("/api/v1/me/notifications/read", Map.of(), token);
			case "POST /vehicles/{vin}/inspections" -> api.post("/api/v1/vehicles/" + registeredVin() + "/inspections", CLEAN_REPORT, token);
			case "POST /inspections/{id}/corrections" -> api.post("/api/v1/inspections/" + report() + "/corrections", CORRECTION, token);
			case "GET /vehicles/{vin}/inspections" -> api.get("/api/v1/vehicles/" + registeredVin() + "/inspections", token);
			case "GET /inspections/{id}" -> api.get("/api/v1/inspections/" + report(), token);
			case "GET /vehicles/{vin}/history" -> api.get("/api/v1/vehicles/" + registeredVin() + "/history", token);
			case "POST /inspection-photos" -> api.upload("/api/v1/inspection-photos", "door.png", png(), token);
			case "GET /vehicles/{vin}/history/verify" -> api.get("/api/v1/vehicles/" + registeredVin() + "/history/verify", token);
			case "POST /telemetry" -> api.post("/api/v1/telemetry", Readings.batch(List.of(Readings.charging(electricCar(),
					OffsetDateTime.now().minusHours(1), 50, -20, 1_000))), token);
			case "GET /vehicles/{vin}/telemetry/latest" -> api.get("/api/v1/vehicles/" + listedCarWithTelemetry()
					+ "/telemetry/latest", token);
			case "GET /vehicles/{vin}/battery" -> api.get("/api/v1/vehicles/" + electricCar() + "/battery", token);
			case "GET /batteries/{packCode}" -> api.get("/api/v1/batteries/" + installedPack(), token);
			case "GET /batteries/{packCode}/verify" -> api.get("/api/v1/batteries/" + installedPack() + "/verify", token);
			case "GET /batteries/{packCode}/battery-pass" -> api.get("/api/v1/batteries/" + installedPack() + "/battery-pass", token);
			case "POST /batteries/{packCode}/events" -> api.post("/api/v1/batteries/" + TestPackCodes.next() + "/events",
					Map.of("type", "INSTALLED", "occurredAt", "2025-01-01T10:00:00+08:00", "vin", electricCar()), token);
			case "POST /valuations" -> valuation(token);
			case "GET /listings/{id}/valuation active" -> listingValuation(ownActive(), token);
			case "GET /listings/{id}/valuation draft" -> listingValuation(ownDraft(), token);
			case "GET /no-such-endpoint" -> api.get("/api/v1/no-such-endpoint", token);
			default -> throw new IllegalArgumentException(endpoint);
		};
	}

	/** A valuation, once the first model of the test context is in service. */
	private Response valuation(String token) {
		Valuations.awaitModel(api);
		return api.post("/api/v1/valuations", Valuations.lavida(), token);
	}

	private Response listingValuation(long listingId, String token) {
		Valuations.awaitModel(api);
		return api.get("/api/v1/listings/" + listingId + "/valuation", token);
	}

	private String electricCar() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin, TestPackCodes.next()), tokens.get(Caller.DEALER))
			.status()).isEqualTo(201);
		return vin;
	}

	/** An electric car in a draft listing of the DEALER's organization, with one reading received. */
	private String listedCarWithTelemetry() {
		String vin = electricCar();
		assertThat(api.post("/api/v1/listings", Payloads.listing(vin, 15_000_000, 30_000, "Wuhan"), tokens.get(Caller.DEALER))
			.status()).isEqualTo(201);
		Response stored = api.post("/api/v1/telemetry", Readings.batch(List.of(Readings.charging(vin,
				OffsetDateTime.now().minusHours(1), 50, -20, 1_000))), tokens.get(Caller.TELEMETRY));
		assertThat(stored.json().get("accepted").asInt()).isEqualTo(1);
		return vin;
	}

	/** A pack the recycler recorded as installed in an electric car. */
	private String installedPack() {
		String pack = TestPackCodes.next();
		assertThat(api.post("/api/v1/batteries/" + pack + "/events", Map.of("type", "INSTALLED", "occurredAt",
				"2025-01-01T10:00:00+08:00", "vin", electricCar()), tokens.get(Caller.RECYCLER)).status()).isEqualTo(201);
		return pack;
	}

	private String registeredVin() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), tokens.get(Caller.DEALER)).status()).isEqualTo(201);
		return vin;
	}

	static final Map<String, Object> CLEAN_REPORT = Map.of("inspectedAt", "2025-03-01T10:00:00+08:00", "odometerKm", 82000,
			"tradability", Map.of("allPassed", true), "findings", List.of());
	static final Map<String, Object> CORRECTION = Map.of("inspectedAt", "2025-03-01T10:00:00+08:00", "odometerKm", 82100,
			"tradability", Map.of("allPassed", true), "findings", List.of(), "reason", "Odometer misread");

	private String report() {
		Response filed = api.post("/api/v1/vehicles/" + registeredVin() + "/inspections", CLEAN_REPORT, tokens.get(Caller.INSPECTOR));
		assertThat(filed.status()).isEqualTo(201);
		return filed.json().get("id").asString();
	}

	private long ownDraft() {
		Response created = api.post("/api/v1/listings", Payloads.listing(registeredVin(), 5_000_000, 1_000, "Wuhan"),
				tokens.get(Caller.DEALER));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long ownActive() {
		long id = ownDraft();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), tokens.get(Caller.DEALER)).status()).isEqualTo(200);
		return id;
	}

	private String ownImport() {
		Response started = api.upload("/api/v1/inventory/imports", "one.csv", oneRowCsv(), tokens.get(Caller.DEALER));
		assertThat(started.status()).isEqualTo(202);
		return started.json().get("id").asString();
	}

	private static byte[] png() {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
	}

	private static byte[] oneRowCsv() {
		String csv = String.join(",", List.of("vin", "make", "model", "year", "bodyType", "colour", "powertrain",
				"emissionStandard", "firstRegistrationDate", "registrationCity", "priceYuan", "mileageKm", "city")) + "\n"
				+ TestVins.next() + ",Toyota,Corolla,2020,SEDAN,WHITE,ICE,CN6,2020-05-01,Wuhan,89800,52000,Wuhan\n";
		return csv.getBytes(StandardCharsets.UTF_8);
	}
}
