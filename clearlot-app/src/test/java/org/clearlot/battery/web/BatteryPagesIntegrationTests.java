package org.clearlot.battery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.clearlot.battery.passport.PassportUpdater;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ChargeReadings;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.Readings;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestPackCodes;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The battery panel of a listing page and a pack's public page, in both languages, open to anyone. */
@ClearlotIntegrationTest
class BatteryPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	PassportUpdater updater;

	@Test
	void theListingShowsThePassportAndThePackHasAPublicPageWithAQrCode() throws Exception {
		Api api = new Api(port);
		TestActors actors = TestActors.in(identity);
		String dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
		String vin = TestVins.next();
		String pack = TestPackCodes.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(vin, pack), dealer);
		long listing = api.post("/api/v1/listings", Payloads.listing(vin, 15_000_000, 40_000, "Wuhan"), dealer).json()
			.get("id").asLong();
		api.post("/api/v1/listings/" + listing + "/publish", Map.of(), dealer);
		String telemetry = api.token(actors.telemetry().username(), TestActors.PASSWORD);
		OffsetDateTime day = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(5).truncatedTo(ChronoUnit.HOURS);
		for (int i = 0; i < 4; i++) {
			api.post("/api/v1/telemetry", Readings.batch(ChargeReadings.session(vin, day.plusDays(i), 138, 60, 20, 100)), telemetry);
		}
		org.awaitility.Awaitility.await().untilAsserted(() -> {
			updater.updateAll();
			assertThat(api.get("/api/v1/vehicles/" + vin + "/battery").json().get("sohPercent").isNull()).isFalse();
		});

		double soh = api.get("/api/v1/vehicles/" + vin + "/battery").json().get("sohPercent").asDouble();
		assertThat(soh).isCloseTo(92.0, org.assertj.core.data.Offset.offset(1.0));
		assertThat(page("/listings/" + listing, "en")).contains("id=\"battery-slot\"", "/vehicles/" + vin + "/battery-panel");
		String english = page("/vehicles/" + vin + "/battery-panel", "en");
		assertThat(english).contains("Battery passport", "id=\"soh-gauge\"", "<svg", String.format(java.util.Locale.ROOT,
				"%.1f %%", soh), "from 4 SOC-anchored stretches",
				"capacity-chart", pack, "Installed");
		assertThat(page("/vehicles/" + vin + "/battery-panel", "zh-CN")).contains("电池护照", "等效满充循环", "装车");

		String packPage = page("/batteries/" + pack, "zh-CN");
		assertThat(packPage).contains("电池包", pack, "id=\"pack-qr\"", "shape-rendering=\"crispEdges\"", "原装",
				"/api/v1/batteries/" + pack + "/battery-pass");
		assertThat(page("/batteries/" + pack + "/check", "en")).contains("Verified: 1 lifecycle event(s)");
		assertThat(status("/batteries/" + TestPackCodes.next())).isEqualTo(404);
		assertThat(status("/vehicles/" + TestVins.next() + "/battery-panel")).isEqualTo(404);
	}

	private String page(String path, String language) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private int status(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode();
	}
}
