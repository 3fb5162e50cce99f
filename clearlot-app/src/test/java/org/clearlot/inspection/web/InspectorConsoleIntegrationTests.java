package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An inspector files a report through the console form; others may not open it. */
@ClearlotIntegrationTest
class InspectorConsoleIntegrationTests {

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
		WebSession inspector = WebSession.signedIn(port, actors.inspector().username(), TestActors.PASSWORD);

		String form = inspector.page("/inspector/reports/new?vin=" + vin + "&lang=en");
		assertThat(form).contains("console-form", "Left A-pillar").containsIgnoringCase("bonnet");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", WebSession.csrf(form));
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
		HttpResponse<String> filed = inspector.post("/inspector/reports", fields);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String location = filed.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/inspections/");

		JsonNode report = api.get("/api/v1" + location.substring(location.indexOf("/inspections/"))).json();
		assertThat(report.get("grade").asInt()).isEqualTo(5);
		assertThat(report.get("body").get(0).get("item").asInt()).isEqualTo(19);
		assertThat(report.get("body").get(0).get("repainted").asBoolean()).isTrue();
		assertThat(report.get("items").get(0).get("item").asInt()).isEqualTo(45);
		assertThat(report.get("soaked").get(0).asString()).isEqualTo("CARPET");

		fields.put("_csrf", WebSession.csrf(inspector.page("/inspector/reports/new?vin=" + vin)));
		fields.put("odometerKm", "-5");
		HttpResponse<String> invalid = inspector.post("/inspector/reports", fields);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("console-problems", "odometerKm");
	}

	@Test
	void aBatteryCarGetsTheEvSectionAndPanelPhotos() throws Exception {
		TestActors actors = TestActors.in(identity);
		Api api = new Api(port);
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), api.token(actors.dealer().username(), TestActors.PASSWORD));
		WebSession inspector = WebSession.signedIn(port, actors.inspector().username(), TestActors.PASSWORD);
		String form = inspector.page("/inspector/reports/new?vin=" + vin + "&lang=en");
		assertThat(form).contains("console-ev", "Insulation resistance");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", WebSession.csrf(form));
		fields.put("vin", vin);
		fields.put("inspectedAt", "2025-03-01T10:00");
		fields.put("odometerKm", "30000");
		fields.put("tradable", "on");
		fields.put("body.14.code", "HH");
		fields.put("body.14.degree", "1");
		fields.put("ev.present", "true");
		fields.put("ev.insulationResistanceKohm", "1800");
		fields.put("ev.batteryWarrantyTransferable", "on");
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
		HttpResponse<String> filed = inspector.postMultipart("/inspector/reports", fields, "body.14.photo", "bonnet.png", png.toByteArray());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String location = filed.headers().firstValue("Location").orElseThrow();
		JsonNode report = api.get("/api/v1" + location.substring(location.indexOf("/inspections/"))).json();
		assertThat(report.get("ev").get("insulationResistanceKohm").asInt()).isEqualTo(1800);
		assertThat(report.get("ev").get("batteryWarrantyTransferable").asBoolean()).isTrue();
		assertThat(report.get("photos").get("body.14").size()).isEqualTo(1);
	}

	@Test
	void onlyInspectorsOpenTheConsole() throws Exception {
		WebSession dealer = WebSession.signedIn(port, TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
		assertThat(dealer.get("/inspector/reports/new").statusCode()).isEqualTo(403);
		assertThat(WebSession.anonymous(port).get("/inspector/reports/new").statusCode()).as("to sign-in").isEqualTo(302);
	}

}
