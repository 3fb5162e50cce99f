package org.clearlot.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF download of a report: its text in the reader's language, embedded fonts, photos and the QR code. */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	String vin;
	String reportId;
	String hash;

	@BeforeAll
	void fileAReportWithAPhoto() throws Exception {
		Api api = new Api(port);
		TestActors actors = TestActors.in(identity);
		String inspector = api.token(actors.inspector().username(), TestActors.PASSWORD);
		String photo = api.upload("/api/v1/inspection-photos", "door.png", png(), inspector).json().get("id").asString();
		vin = TestVins.next();
		api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), api.token(actors.dealer().username(), TestActors.PASSWORD));
		var report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of("inspectedAt", "2025-03-01T10:00:00+08:00",
				"odometerKm", 82000, "tradability", Map.of("allPassed", true),
				"findings", List.of(Map.of("item", 19, "code", "AX", "degree", 2, "repainted", true, "paintMicrons", 280,
						"photos", List.of(photo)), Map.of("position", "LEFT_A_PILLAR", "code", "SH")),
				"flood", Map.of("soakedItems", List.of("CARPET"))), inspector).json();
		reportId = report.get("id").asString();
		hash = report.get("hash").asString();
	}

	@Test
	void theChineseReportPrintsItsFindingsWithEmbeddedFonts() throws Exception {
		HttpResponse<byte[]> response = download("/inspections/" + reportId + "/pdf", "zh-CN");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
			.contains("attachment", "clearlot-inspection-" + vin + "-v1.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("车辆检测报告", vin, "五级（事故车）", "左 A 柱", "烧焊", "凹陷", "重新喷漆", "280 µm",
					"地毯", "本报告是该车 SHA-256 哈希链中的一环");
			assertThat(text.replaceAll("\\s", "")).contains(hash);
			List<PDFont> fonts = fonts(pdf);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).filteredOn(font -> font.getName().contains("DroidSans")).isNotEmpty()
				.allMatch(PDFont::isEmbedded);
			assertThat(images(pdf)).as("the photo's thumbnail and the QR code").hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void theEnglishReportIsInEnglishAndUnknownReportsAreNotFound() throws Exception {
		HttpResponse<byte[]> response = download("/inspections/" + reportId + "/pdf", "en");
		assertThat(response.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Inspection report", "Left A-pillar", "welded", "dent",
					"Accident car").doesNotContain("车辆检测报告");
		}
		assertThat(download("/inspections/00000000-0000-0000-0000-000000000000/pdf", "en").statusCode()).isEqualTo(404);
		assertThat(download("/inspections/not-a-uuid/pdf", "en").statusCode()).isEqualTo(400);
	}

	private HttpResponse<byte[]> download(String path, String language) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<PDFont> fonts(PDDocument pdf) throws Exception {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	private static List<PDImageXObject> images(PDDocument pdf) throws Exception {
		List<PDImageXObject> images = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					images.add(image);
				}
			}
		}
		return images;
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(40, 90, 200));
		graphics.fillRect(0, 0, 200, 300);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
