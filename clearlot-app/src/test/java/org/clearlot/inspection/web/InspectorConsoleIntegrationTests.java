package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An inspector files a report through the console form; others may not open it. */
@ClearlotIntegrationTest
class InspectorConsoleIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void anInspectorFilesAReportItemByItem() throws Exception {
		TestActors actors = TestActors.in(identity);
		Api api = new Api(port);
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), api.token(actors.dealer().username(), TestActors.PASSWORD));
		HttpClient inspector = signedIn(actors.inspector().username());

		String form = get(inspector, "/inspector/reports/new?vin=" + vin + "&lang=en");
		assertThat(form).contains("console-form", "Left A-pillar").containsIgnoringCase("bonnet");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("vin", vin);
		fields.put("inspectedAt", "2025-03-01T10:00");
		fields.put("odometerKm", "82000");
		fields.put("tradable", "on");
		fields.put("body.19.code", "AX");
		fields.put("body.19.degree", "2");
		fields.put("body.19.repainted", "on");
		fields.put("body.19.microns", "280");
		fields.put("structural.LEFT_A_PILLAR", "SH");
		fields.put("item.45", "2");
		fields.put("flood.CARPET", "on");
		fields.put("burnAreaM2", "0");
		HttpResponse<String> filed = post(inspector, "/inspector/reports", fields);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String location = filed.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/inspections/");

		JsonNode report = api.get("/api/v1" + location.substring(location.indexOf("/inspections/"))).json();
		assertThat(report.get("grade").asInt()).isEqualTo(5);
		assertThat(report.get("body").get(0).get("item").asInt()).isEqualTo(19);
		assertThat(report.get("body").get(0).get("repainted").asBoolean()).isTrue();
		assertThat(report.get("items").get(0).get("item").asInt()).isEqualTo(45);
		assertThat(report.get("soaked").get(0).asString()).isEqualTo("CARPET");

		fields.put("_csrf", csrf(get(inspector, "/inspector/reports/new?vin=" + vin)));
		fields.put("odometerKm", "-5");
		HttpResponse<String> invalid = post(inspector, "/inspector/reports", fields);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("console-problems", "odometerKm");
	}

	@Test
	void onlyInspectorsOpenTheConsole() throws Exception {
		HttpClient dealer = signedIn(TestActors.in(identity).dealer().username());
		HttpResponse<String> response = dealer.send(HttpRequest.newBuilder(URI.create(base() + "/inspector/reports/new")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		String login = get(client, "/login");
		HttpResponse<String> response = post(client, "/login",
				Map.of("username", username, "password", TestActors.PASSWORD, "_csrf", csrf(login)));
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private String get(HttpClient client, String path) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields) throws Exception {
		String body = fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(base() + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
