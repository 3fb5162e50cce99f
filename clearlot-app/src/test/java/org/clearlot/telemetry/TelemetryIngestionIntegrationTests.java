package org.clearlot.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.Readings;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** HTTP ingestion: durable once answered, duplicates skipped, bad readings rejected one by one, the latest reading. */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelemetryIngestionIntegrationTests {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TestActors actors;
	String telemetry;
	String vin;

	@BeforeAll
	void registerAnElectricCar() {
		api = new Api(port);
		actors = TestActors.in(identity);
		telemetry = api.token(actors.telemetry().username(), TestActors.PASSWORD);
		vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealer()).status()).isEqualTo(201);
	}

	@Test
	void acceptedReadingsAreStoredOnceAndBadOnesRejectedByIndex() {
		OffsetDateTime start = OffsetDateTime.now(BEIJING).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> good = Readings.charging(vin, start, 40, -60.2, 12_345.6);
		Map<String, Object> second = Readings.charging(vin, start.plusSeconds(10), 41, -60.1, 12_345.6);
		Map<String, Object> unknownVin = Readings.charging(TestVins.next(), start, 40, -60, 1);
		Map<String, Object> badSoc = Readings.charging(vin, start.plusSeconds(20), 140, -60, 12_345.6);
		Map<String, Object> badState = new java.util.LinkedHashMap<>(Readings.charging(vin, start.plusSeconds(30), 42, -60, 1));
		badState.put("chargingState", "SOMETIMES");
		badState.put("packCurrentA", "a lot");
		Map<String, Object> noTime = new java.util.LinkedHashMap<>(good);
		noTime.remove("ts");

		Response first = api.post("/api/v1/telemetry",
				Readings.batch(List.of(good, second, unknownVin, badSoc, badState, noTime, good)), telemetry);
		assertThat(first.status()).as(first.text()).isEqualTo(202);
		JsonNode result = first.json();
		assertThat(result.get("accepted").asInt()).isEqualTo(2);
		assertThat(result.get("duplicates").asInt()).as("the same reading twice in one batch").isEqualTo(1);
		List<String> reasons = new ArrayList<>();
		result.get("rejected").forEach(r -> reasons.add(r.get("index").asInt() + " " + r.get("reason").asString()));
		assertThat(reasons).hasSize(4);
		assertThat(reasons.get(0)).startsWith("2 vin:").contains("not registered");
		assertThat(reasons.get(1)).startsWith("3 socPercent: 140.0 is not between 0 and 100");
		assertThat(reasons.get(2)).startsWith("4 ").contains("chargingState: 'SOMETIMES'", "packCurrentA: must be a number");
		assertThat(reasons.get(3)).startsWith("5 ts: is required");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM telemetry.readings WHERE vin = ?", Integer.class, vin))
			.isEqualTo(2);

		Response again = api.post("/api/v1/telemetry", Readings.batch(List.of(good, second)), telemetry);
		assertThat(again.json().get("accepted").asInt()).isZero();
		assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
	}

	@Test
	void theLatestReadingIsTheNewestCollectionTimeWithItsSourceAndTheOdometerReachesTheHistory() {
		String car = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(car), dealer());
		OffsetDateTime base = OffsetDateTime.now(BEIJING).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> newest = new java.util.LinkedHashMap<>(Readings.charging(car, base.plusMinutes(5), 55, -30.5, 20_100.4));
		newest.put("alarmLevel", 2);
		newest.put("alarmFlags", List.of("BATTERY_HIGH_TEMPERATURE", "TEMPERATURE_DIFFERENCE"));
		api.post("/api/v1/telemetry", Readings.batch(List.of(newest)), telemetry);
		api.post("/api/v1/telemetry", Readings.batch(List.of(Readings.charging(car, base, 50, -30, 20_100.0))), telemetry);

		Response latest = api.get("/api/v1/vehicles/" + car + "/telemetry/latest", telemetry);
		assertThat(latest.status()).as(latest.text()).isEqualTo(200);
		JsonNode reading = latest.json();
		assertThat(OffsetDateTime.parse(reading.get("ts").asString()).toInstant()).isEqualTo(base.plusMinutes(5).toInstant());
		assertThat(reading.get("socPercent").asDouble()).isEqualTo(55.0);
		assertThat(reading.get("packCurrentA").asDouble()).isEqualTo(-30.5);
		assertThat(reading.get("odometerKm").asDouble()).isEqualTo(20_100.4);
		assertThat(reading.get("chargingState").asString()).isEqualTo("PARKED_CHARGING");
		assertThat(reading.get("alarmFlags").toString()).contains("TEMPERATURE_DIFFERENCE", "BATTERY_HIGH_TEMPERATURE");
		assertThat(reading.get("source").asString()).isEqualTo("HTTP");
		assertThat(reading.get("vin").asString()).isEqualTo(car);

		org.awaitility.Awaitility.await().untilAsserted(() -> {
			JsonNode history = api.get("/api/v1/vehicles/" + car + "/history").json();
			List<String> sources = new ArrayList<>();
			history.get("mileageReadings").forEach(r -> sources.add(r.get("source").asString() + " " + r.get("km").asInt()));
			assertThat(sources).contains("TELEMETRY 20100");
		});
	}

	@Test
	void onlyTelemetryAccountsIngestAndBadBatchesAreRefusedWhole() {
		Map<String, Object> batch = Readings.batch(List.of(Readings.charging(vin, OffsetDateTime.now(BEIJING), 50, -10, 1)));
		assertThat(api.post("/api/v1/telemetry", batch, null).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/telemetry", batch, dealer()).status()).isEqualTo(403);
		Response notAList = api.post("/api/v1/telemetry", Map.of("readings", "many"), telemetry);
		assertThat(notAList.status()).isEqualTo(400);
		assertThat(notAList.json().get("errors").toString()).contains("readings");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		OffsetDateTime ts = OffsetDateTime.now(BEIJING).minusDays(1);
		for (int i = 0; i < 10_001; i++) {
			tooMany.add(Map.of("vin", vin, "ts", ts.plusSeconds(i).toString()));
		}
		Response refused = api.post("/api/v1/telemetry", Readings.batch(tooMany), telemetry);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("10,001 readings; at most 10,000 per request");
		assertThat(api.postRaw("/api/v1/telemetry", "application/json", "{\"readings\": [", telemetry).status()).isEqualTo(400);
		Response future = api.post("/api/v1/telemetry",
				Readings.batch(List.of(Readings.charging(vin, OffsetDateTime.now(BEIJING).plusHours(1), 50, -10, 1))), telemetry);
		assertThat(future.json().get("rejected").get(0).get("reason").asString()).contains("in the future");
	}

	@Test
	void tenThousandReadingsInOneRequestAreStored() {
		String car = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(car), dealer());
		OffsetDateTime start = OffsetDateTime.now(BEIJING).minusDays(5).truncatedTo(ChronoUnit.SECONDS);
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			readings.add(Readings.charging(car, start.plusSeconds(10L * i), 20 + i / 200, -50, 30_000));
		}
		Response response = api.post("/api/v1/telemetry", Readings.batch(readings), telemetry);
		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().get("accepted").asInt()).isEqualTo(10_000);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM telemetry.readings WHERE vin = ?", Integer.class, car))
			.isEqualTo(10_000);
	}

	@Test
	void readingsArePartitionedByMonthAheadOfTime() {
		List<String> partitions = jdbc.queryForList("""
				SELECT child.relname FROM pg_inherits JOIN pg_class child ON child.oid = pg_inherits.inhrelid
				JOIN pg_class parent ON parent.oid = pg_inherits.inhparent WHERE parent.relname = 'readings'""", String.class);
		java.time.YearMonth now = java.time.YearMonth.now(ZoneOffset.UTC);
		assertThat(partitions).contains(name(now), name(now.plusMonths(3)), name(now.minusMonths(12)));
		assertThat(partitions).hasSizeBetween(24, 30);
	}

	private static String name(java.time.YearMonth month) {
		return "readings_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
	}

	private String dealer() {
		return api.token(actors.dealer().username(), TestActors.PASSWORD);
	}
}
