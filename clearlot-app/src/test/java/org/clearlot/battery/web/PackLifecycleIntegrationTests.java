package org.clearlot.battery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestPackCodes;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A pack's life: installed, removed, repurposed under a new code, recycled; checked, hashed and tamper-evident. */
@ClearlotIntegrationTest
class PackLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	String recycler;
	String dealer;

	@BeforeEach
	void signIn() {
		api = new Api(port);
		TestActors actors = TestActors.in(identity);
		recycler = api.token(actors.recycler().username(), TestActors.PASSWORD);
		dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void aPackGoesFromItsCarToSecondLifeToRecyclingWithItsStatusAlongTheWay() {
		String vin = electricCar();
		String pack = TestPackCodes.next();
		String storage = TestPackCodes.next();
		JsonNode installed = record(pack, event("INSTALLED", "2024-05-01T09:00:00+08:00", vin, null), 201);
		assertThat(installed.get("status").asString()).isEqualTo("original");
		assertThat(installed.get("previousHash").isNull()).isTrue();
		JsonNode removed = record(pack, event("REMOVED", "2026-02-01T09:00:00+08:00", null, null), 201);
		assertThat(removed.get("previousHash").asString()).isEqualTo(installed.get("hash").asString());
		JsonNode repurposed = record(pack, event("SECOND_LIFE", "2026-03-01T09:00:00+08:00", null, storage), 201);
		assertThat(repurposed.get("status").asString()).isEqualTo("repurposed");
		assertThat(repurposed.get("relatedPackCode").asString()).isEqualTo(storage);

		JsonNode secondLife = api.get("/api/v1/batteries/" + storage).json();
		assertThat(secondLife.get("batteryStatus").asString()).isEqualTo("repurposed");
		assertThat(secondLife.get("lifecycle").get(0).get("relatedPackCode").asString()).isEqualTo(pack);
		assertThat(api.get("/api/v1/batteries/" + storage + "/battery-pass").json().get("batteryPassport")
			.get("identification").get("originalBatteryIdentifier").asString()).isEqualTo(pack);
		record(storage, event("RECYCLED", "2026-06-01T09:00:00+08:00", null, null), 201);
		assertThat(api.get("/api/v1/batteries/" + storage).json().get("batteryStatus").asString()).isEqualTo("waste");

		JsonNode check = api.get("/api/v1/batteries/" + pack + "/verify").json();
		assertThat(check.get("valid").asBoolean()).isTrue();
		assertThat(check.get("events").asInt()).isEqualTo(3);
	}

	@Test
	void eventsOutOfOrderOrWithBadFieldsAreRefusedWithReasons() {
		String pack = TestPackCodes.next();
		Response first = api.post("/api/v1/batteries/" + pack + "/events", event("RECYCLED", "2024-01-01T00:00:00+08:00", null, null), recycler);
		assertThat(first.status()).isEqualTo(409);
		assertThat(first.json().get("detail").asString()).contains("has no lifecycle yet", "INSTALLED");
		record(pack, event("INSTALLED", "2024-05-01T09:00:00+08:00", electricCar(), null), 201);
		Response twice = api.post("/api/v1/batteries/" + pack + "/events", event("INSTALLED", "2024-06-01T09:00:00+08:00", electricCar(), null), recycler);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("detail").asString()).contains("is INSTALLED and cannot be INSTALLED", "REMOVED");

		Response bad = api.post("/api/v1/batteries/" + pack + "/events", event("MELTED", "2999-01-01T00:00:00+08:00", "NOTAVIN", null), recycler);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").toString()).contains("type", "occurredAt", "vin");
		Response secondLifeWithoutCode = api.post("/api/v1/batteries/" + pack + "/events", event("SECOND_LIFE", "2026-01-01T00:00:00+08:00", null, null), recycler);
		assertThat(secondLifeWithoutCode.json().get("errors").toString()).contains("newPackCode");
		Response badCode = api.post("/api/v1/batteries/0RJXEA00HAU0AAF131001955/events", event("INSTALLED", "2024-05-01T09:00:00+08:00", electricCar(), null), recycler);
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.json().get("errors").toString()).contains("packCode", "product type");
		Response notAnEv = api.post("/api/v1/batteries/" + TestPackCodes.next() + "/events", event("INSTALLED", "2024-05-01T09:00:00+08:00", iceCar(), null), recycler);
		assertThat(notAnEv.status()).isEqualTo(400);
		assertThat(api.post("/api/v1/batteries/" + pack + "/events", event("REMOVED", "2026-01-01T00:00:00+08:00", null, null), dealer).status())
			.isEqualTo(403);
	}

	@Test
	void editingAStoredEventBreaksTheChainAtThatEvent() {
		String pack = TestPackCodes.next();
		record(pack, event("INSTALLED", "2024-05-01T09:00:00+08:00", electricCar(), null), 201);
		JsonNode removed = record(pack, event("REMOVED", "2026-02-01T09:00:00+08:00", null, null), 201);
		record(pack, event("RECYCLED", "2026-03-01T09:00:00+08:00", null, null), 201);
		jdbc.execute("ALTER TABLE battery.pack_events DISABLE TRIGGER pack_events_immutable");
		try {
			jdbc.update("UPDATE battery.pack_events SET canonical_content = replace(canonical_content, '2026-02-01', '2025-02-01') "
					+ "WHERE id = ?::uuid", removed.get("id").asString());
		}
		finally {
			jdbc.execute("ALTER TABLE battery.pack_events ENABLE TRIGGER pack_events_immutable");
		}
		JsonNode check = api.get("/api/v1/batteries/" + pack + "/verify").json();
		assertThat(check.get("valid").asBoolean()).isFalse();
		assertThat(check.get("brokenAt").get("position").asInt()).isEqualTo(2);
		assertThat(check.get("brokenAt").get("reason").asString()).isEqualTo("the content does not match its hash");
		assertThat(check.get("brokenAt").get("eventId").asString()).isEqualTo(removed.get("id").asString());
	}

	@Test
	void storedEventsCannotBeChangedOrDeleted() {
		String pack = TestPackCodes.next();
		record(pack, event("INSTALLED", "2024-05-01T09:00:00+08:00", electricCar(), null), 201);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update(
				"DELETE FROM battery.pack_events WHERE pack_code = ?", pack))).hasMessageContaining("immutable");
	}

	private JsonNode record(String pack, Map<String, Object> event, int status) {
		Response response = api.post("/api/v1/batteries/" + pack + "/events", event, recycler);
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		return response.json();
	}

	private static Map<String, Object> event(String type, String at, String vin, String newPackCode) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("occurredAt", at);
		if (vin != null) {
			event.put("vin", vin);
		}
		if (newPackCode != null) {
			event.put("newPackCode", newPackCode);
		}
		event.put("facility", "Hefei dismantling line 2");
		return event;
	}

	private String electricCar() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealer).status()).isEqualTo(201);
		return vin;
	}

	private String iceCar() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		return vin;
	}
}
