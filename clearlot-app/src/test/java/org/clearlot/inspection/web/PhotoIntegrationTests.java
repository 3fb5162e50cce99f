package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

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
import tools.jackson.databind.JsonNode;

/** Photos of findings: only real images of sane size and name are accepted, and a signed report covers them. */
@ClearlotIntegrationTest
class PhotoIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	TestActors actors;
	String inspector;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		actors = TestActors.in(identity);
		inspector = api.token(actors.inspector().username(), TestActors.PASSWORD);
	}

	@Test
	void aPhotoIsStoredWithAThumbnailAndSignedIntoTheReport() throws Exception {
		Response uploaded = api.upload("/api/v1/inspection-photos", "door.png", png(800, 600), inspector);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		JsonNode photo = uploaded.json();
		assertThat(photo.get("sha256").asString()).matches("[0-9a-f]{64}");
		HttpResponse<byte[]> thumbnail = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + photo.get("thumbnailUrl").asString())).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(thumbnail.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);

		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), api.token(actors.dealer().username(), TestActors.PASSWORD));
		Map<String, Object> finding = Map.of("item", 19, "code", "AX", "degree", 2, "photos", List.of(photo.get("id").asString()));
		JsonNode report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 82000, "tradability", Map.of("allPassed", true), "findings", List.of(finding)), inspector).json();
		assertThat(report.get("photos").get("body.19").get(0).get("sha256").asString()).isEqualTo(photo.get("sha256").asString());
	}

	@Test
	void refusesNonImagesOversizeFilesPathTricksAndOthersPhotos() throws Exception {
		assertThat(problem(api.upload("/api/v1/inspection-photos", "notes.png", "just text".getBytes(StandardCharsets.UTF_8), inspector)))
				.contains("JPEG or PNG");
		byte[] huge = new byte[9 * 1024 * 1024];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		assertThat(problem(api.upload("/api/v1/inspection-photos", "huge.jpg", huge, inspector))).contains("at most 8 MB");
		assertThat(problem(api.upload("/api/v1/inspection-photos", "../../etc/passwd.png", png(10, 10), inspector)))
				.contains("path separators");
		assertThat(api.upload("/api/v1/inspection-photos", "ok.png", png(10, 10),
				api.token(actors.dealer().username(), TestActors.PASSWORD)).status()).isEqualTo(403);

		String other = "other-inspector-" + UUID.randomUUID().toString().substring(0, 6);
		identity.createAccount(new NewAccount(other, TestActors.PASSWORD, "Other", Role.INSPECTOR, actors.inspector().organizationId()));
		String foreignPhoto = api.upload("/api/v1/inspection-photos", "p.png", png(20, 20), api.token(other, TestActors.PASSWORD))
				.json().get("id").asString();
		String vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), api.token(actors.dealer().username(), TestActors.PASSWORD));
		Response report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 82000, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("item", 19, "code", "AX", "degree", 2, "photos", List.of(foreignPhoto)))), inspector);
		assertThat(report.status()).isEqualTo(400);
		assertThat(report.json().get("errors").findValuesAsString("field")).contains("findings[0].photos[0]");
	}

	private static String problem(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		return response.json().get("detail").asString();
	}

	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(200, 40, 40));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
