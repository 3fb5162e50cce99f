package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The report page and the condition panel and chain check fragments, in both languages, open to anyone. */
@ClearlotIntegrationTest
class InspectionPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void anyoneSeesTheReportTheConditionPanelAndTheChainCheck() throws Exception {
		Api api = new Api(port);
		TestActors actors = TestActors.in(identity);
		String dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
		String inspector = api.token(actors.inspector().username(), TestActors.PASSWORD);
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer);
		String reportId = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 82000, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("item", 19, "code", "AX", "degree", 2, "repainted", true, "paintMicrons", 280),
						Map.of("position", "LEFT_A_PILLAR", "code", "SH"))), inspector).json().get("id").asString();

		String report = page("/inspections/" + reportId, "zh-CN");
		assertThat(report).contains("车辆检测报告", "五级（事故车）", "左 A 柱", "烧焊", "凹陷", "280 µm");
		assertThat(page("/inspections/" + reportId, "en")).contains("Inspection report", "Left A-pillar", "welded", "dent");

		String panel = page("/vehicles/" + vin + "/condition", "en");
		assertThat(panel).contains("id=\"condition-panel\"", "Accident car: structural damage found", "<svg", "data-item=\"19\"",
				"odometer-chart");
		assertThat(page("/vehicles/" + vin + "/verify", "en")).contains("Verified: 1 report(s)");
		String cleanVin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(cleanVin), dealer);
		String clean = api.post("/api/v1/vehicles/" + cleanVin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 1000, "tradability", Map.of("allPassed", true), "findings", List.of()), inspector)
				.json().get("id").asString();
		assertThat(page("/inspections/" + clean, "en")).contains("No findings.", "No structural damage", "100 / 100 points");
		assertThat(status("/inspections/00000000-0000-0000-0000-000000000000")).isEqualTo(404);
		assertThat(status("/vehicles/" + TestVins.next() + "/condition")).isEqualTo(404);
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
