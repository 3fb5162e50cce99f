package org.clearlot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.OrganizationKind;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo market's electric cars get simulated telemetry: a battery passport, a latest reading, odometer history. */
@ClearlotIntegrationTest
class DemoBatteryHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void electricDemoCarsHaveATelemetryHistoryAndAPassport() {
		Api api = new Api(port);
		String admin = api.token(TestActors.in(identity).admin().username(), TestActors.PASSWORD);
		Set<String> demoSellers = new HashSet<>();
		for (OrganizationKind kind : OrganizationKind.values()) {
			identity.organizationsOfKind(kind).forEach(org -> demoSellers.add(org.id().toString()));
		}
		TestActors actors = TestActors.in(identity);
		demoSellers.remove(actors.dealerOrg().id().toString());
		demoSellers.remove(actors.otherDealerOrg().id().toString());
		List<String> vins = new ArrayList<>();
		api.get("/api/v1/listings?powertrain=BEV&size=50").json().get("items").forEach(item -> {
			if (demoSellers.contains(item.get("organizationId").asString())) {
				vins.add(item.get("vin").asString());
			}
		});
		assertThat(vins).as("BEV listings of demo sellers, not of other tests").isNotEmpty();
		String vin = vins.get(0);
		Awaitility.await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
				assertThat(api.get("/api/v1/vehicles/" + vin + "/battery").json().get("readings").asLong()).isGreaterThan(500));
		JsonNode passport = api.get("/api/v1/vehicles/" + vin + "/battery").json();
		assertThat(passport.get("equivalentFullCycles").asDouble()).isGreaterThan(0);
		assertThat(Instant.parse(passport.get("lastReadingAt").asString()))
			.as("the history ends when the car was traded in").isBefore(Instant.now().minus(Duration.ofDays(30)));
		JsonNode latest = api.get("/api/v1/vehicles/" + vin + "/telemetry/latest", admin).json();
		assertThat(latest.get("source").asString()).isEqualTo("IMPORT");
		Awaitility.await().untilAsserted(() -> {
			List<String> sources = new ArrayList<>();
			api.get("/api/v1/vehicles/" + vin + "/history").json().get("mileageReadings")
				.forEach(r -> sources.add(r.get("source").asString()));
			assertThat(sources).contains("TELEMETRY", "INSPECTION", "LISTING");
		});
		assertThat(api.get("/api/v1/vehicles/" + vin + "/history").json().get("odometer").get("consistent").asBoolean())
			.as("the simulated odometer ends below the declared mileage").isTrue();
	}
}
