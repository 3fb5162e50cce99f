package org.clearlot.battery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clearlot.battery.passport.PassportUpdater;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ChargeReadings;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.Readings;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestPackCodes;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The passport computed from telemetry posted over HTTP: state of health, late readings, events, the pack's view. */
@ClearlotIntegrationTest
class BatteryPassportIntegrationTests {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	PassportUpdater updater;

	Api api;
	TestActors actors;
	String telemetry;

	@BeforeEach
	void signIn() {
		api = new Api(port);
		actors = TestActors.in(identity);
		telemetry = api.token(actors.telemetry().username(), TestActors.PASSWORD);
	}

	/** The test car is LFP, whose flat OCV curve anchors rests only below 30 %: every charge here starts below. */
	@Test
	void theStateOfHealthComesFromChargeSessionsAndLateReadingsAreTakenIn() {
		String vin = TestVins.next();
		String pack = TestPackCodes.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(vin, pack), dealer());
		JsonNode before = api.get("/api/v1/vehicles/" + vin + "/battery").json();
		assertThat(before.get("sohPercent").isNull()).isTrue();
		assertThat(before.get("reason").asString()).startsWith("no SOC-anchored stretch yet");
		assertThat(before.get("nominalCapacityAh").asDouble()).isEqualTo(150.0);

		OffsetDateTime day = OffsetDateTime.now(BEIJING).minusDays(6).truncatedTo(ChronoUnit.HOURS);
		post(ChargeReadings.session(vin, day, 135, 60, 20, 100));
		post(ChargeReadings.session(vin, day.plusDays(2), 135, 40, 25, 100));
		updated(() -> assertThat(api.get("/api/v1/vehicles/" + vin + "/battery").json().get("reason").asString())
			.startsWith("only 2 SOC-anchored stretch(es); the estimate needs 4"));

		post(ChargeReadings.session(vin, day.plusDays(1), 135, 80, 15, 100));
		post(ChargeReadings.session(vin, day.plusDays(4), 135, 50, 22, 100));
		updated(() -> assertThat(api.get("/api/v1/vehicles/" + vin + "/battery").json().get("sessionsUsed").asInt())
			.as("the late session of day 1 was taken in").isEqualTo(4));
		JsonNode passport = api.get("/api/v1/vehicles/" + vin + "/battery").json();
		assertThat(passport.get("sohPercent").asDouble()).isCloseTo(90.0, within(1.0));
		assertThat(passport.get("estimatedCapacityAh").asDouble()).isCloseTo(135.0, within(1.5));
		assertThat(passport.get("sohLowPercent").asDouble()).isLessThanOrEqualTo(passport.get("sohPercent").asDouble());
		assertThat(passport.get("sohHighPercent").asDouble()).isGreaterThanOrEqualTo(passport.get("sohPercent").asDouble());
		assertThat(passport.get("equivalentFullCycles").asDouble()).isCloseTo(135 * 3.18 / 2 / 150, within(0.1));
		assertThat(passport.get("capacityHistory")).as("four windows and four charging sessions").hasSize(8);
		assertThat(passport.get("bmsIndicatedSohPercent").asDouble()).isCloseTo(90.0, within(1.5));
		assertThat(passport.get("packCode").asString()).isEqualTo(pack);
		assertThat(OffsetDateTime.parse(passport.get("lastReadingAt").asString()).isAfter(day.plusDays(4))).isTrue();
	}

	@Test
	void alarmsBecomeNegativeEventsAndThePackShowsItsPassportLifecycleAndExport() {
		String vin = TestVins.next();
		String pack = TestPackCodes.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(vin, pack), dealer());
		long listing = api.post("/api/v1/listings", Payloads.listing(vin, 16_000_000, 40_000, "Wuhan"), dealer()).json()
			.get("id").asLong();
		api.post("/api/v1/listings/" + listing + "/publish", Map.of(), dealer());
		OffsetDateTime start = OffsetDateTime.now(BEIJING).minusDays(2).truncatedTo(ChronoUnit.HOURS);
		List<Map<String, Object>> readings = new ArrayList<>(ChargeReadings.session(vin, start, 140, 100, 20, 90));
		for (int i = 0; i < 6; i++) {
			Map<String, Object> hot = new java.util.LinkedHashMap<>(readings.get(200 + i));
			hot.put("probeTempMaxC", 58 + i);
			hot.put("alarmLevel", 2);
			hot.put("alarmFlags", List.of("BATTERY_HIGH_TEMPERATURE"));
			readings.set(200 + i, hot);
		}
		post(readings);
		updated(() -> assertThat(api.get("/api/v1/vehicles/" + vin + "/battery").json().get("thermalEvents")).hasSize(1));

		JsonNode passport = api.get("/api/v1/vehicles/" + vin + "/battery").json();
		JsonNode event = passport.get("thermalEvents").get(0);
		assertThat(event.get("type").asString()).isEqualTo("BATTERY_HIGH_TEMPERATURE");
		assertThat(event.get("peakTempC").asDouble()).isEqualTo(63.0);
		assertThat(event.get("at").asString()).isNotBlank();

		org.awaitility.Awaitility.await().untilAsserted(() ->
				assertThat(api.get("/api/v1/batteries/" + pack).status()).isEqualTo(200));
		JsonNode view = api.get("/api/v1/batteries/" + pack).json();
		assertThat(view.get("batteryStatus").asString()).isEqualTo("original");
		assertThat(view.get("lifecycle").get(0).get("type").asString()).isEqualTo("INSTALLED");
		assertThat(view.get("lifecycle").get(0).get("vin").asString()).isEqualTo(vin);
		assertThat(view.get("passport").get("thermalEvents")).hasSize(1);
		JsonNode export = api.get("/api/v1/batteries/" + pack + "/battery-pass").json().get("batteryPassport");
		assertThat(export.get("identification").get("batteryIdentifier").asString()).isEqualTo(pack);
		assertThat(export.get("batteryStatus").asString()).isEqualTo("original");
		JsonNode performance = export.get("performanceAndDurability");
		assertThat(performance.get("negativeEvents").get(0).get("type").asString()).isEqualTo("BATTERY_HIGH_TEMPERATURE");
		assertThat(performance.get("capacityThroughput").get("unit").asString()).isEqualTo("Ah");
		assertThat(performance.has("numberOfFullCycles")).isTrue();
		assertThat(performance.has("remainingPowerCapability")).isTrue();
	}

	@Test
	void unknownVehiclesAndCarsWithoutABatteryAreNotFound() {
		assertThat(api.get("/api/v1/vehicles/" + TestVins.next() + "/battery").status()).isEqualTo(404);
		String ice = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(ice), dealer());
		Response response = api.get("/api/v1/vehicles/" + ice + "/battery");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("no traction battery");
		assertThat(api.get("/api/v1/batteries/" + TestPackCodes.next()).status()).isEqualTo(404);
	}

	/**
	 * Runs update passes until the assertion holds: a scheduled pass may be updating the same vehicle at that moment
	 * (this pass then skips it), so the result is awaited rather than expected at once.
	 */
	private void updated(org.awaitility.core.ThrowingRunnable assertion) {
		org.awaitility.Awaitility.await().untilAsserted(() -> {
			updater.updateAll();
			assertion.run();
		});
	}

	private void post(List<Map<String, Object>> readings) {
		Response response = api.post("/api/v1/telemetry", Readings.batch(readings), telemetry);
		assertThat(response.status()).as(response.text()).isEqualTo(202);
		assertThat(response.json().get("rejected")).isEmpty();
	}

	private String dealer() {
		return api.token(actors.dealer().username(), TestActors.PASSWORD);
	}
}
