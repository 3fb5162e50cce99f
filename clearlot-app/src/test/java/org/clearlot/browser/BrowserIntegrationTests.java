package org.clearlot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.clearlot.catalog.importing.CsvInventoryParser;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI driven in a real (headless) Chromium: search with facets and text, the language switch, a listing's
 * page, a dealer creating a listing through the form, and a CSV import with a bad row. One browser serves the
 * whole class; each test starts as a new visitor (no cookies).
 */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIntegrationTests {

	private static final String VIN_PATTERN = "[A-HJ-NPR-Z0-9]{17}";

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Browser browser;
	TestActors actors;
	final List<Long> seededBydIds = new ArrayList<>();
	long seededIceId;

	@RegisterExtension
	final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure(() -> browser);

	@BeforeAll
	void seedListingsAndStartBrowser() {
		actors = TestActors.in(identity);
		Api api = new Api(port);
		String token = api.token(actors.dealer().username(), TestActors.PASSWORD);
		seededBydIds.add(publish(api, token, Payloads.bevVehicle(TestVins.next()), 18_880_000, 23_000, "Wuhan"));
		seededBydIds.add(publish(api, token, Payloads.bevVehicle(TestVins.next()), 17_650_000, 41_000, "Wuhan"));
		seededIceId = publish(api, token, Payloads.iceVehicle(TestVins.next()), 7_980_000, 38_000, "Wuhan");
		browser = Browser.start(port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void newVisitor() {
		browser.forgetCookies();
	}

	// 1. Search

	@Test
	void aMakeFacetNarrowsTheResultsToThatMake() {
		browser.open("/?lang=en");
		String totalBefore = browser.text(By.id("result-total"));
		WebElement byd = facetOption("make", "BYD");
		long bydCount = number(byd.findElement(By.cssSelector(".cl-count")).getText());
		assertThat(bydCount).as("the seeded BYD listings are counted").isGreaterThanOrEqualTo(seededBydIds.size());

		browser.clickAndWaitForPage(byd);

		assertThat(browser.url()).contains("make=BYD");
		List<String> titles = browser.texts(By.cssSelector("#results .cl-card-title"));
		assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).contains("BYD"));
		String totalAfter = browser.text(By.id("result-total"));
		assertThat(totalAfter).isNotEqualTo(totalBefore);
		assertThat(number(totalAfter)).as("the total after choosing BYD is the count the facet promised").isEqualTo(bydCount);
		assertThat(browser.texts(By.cssSelector("#active-filters .cl-chip span"))).containsExactly("BYD");
		WebElement chosen = facetOption("make", "BYD");
		assertThat(chosen.getDomAttribute("class")).contains("selected");
		assertThat(chosen.getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(browser.findAll(By.cssSelector("#facet-model a.cl-facet-option")))
				.as("models are offered once a make is chosen").isNotEmpty();
	}

	@Test
	void aSearchInChineseFindsTheMakeByItsChineseName() {
		browser.open("/?lang=en");
		long everything = number(browser.text(By.id("result-total")));

		browser.submitText(By.id("q"), "比亚迪");

		assertThat(browser.url()).contains("q=");
		assertThat(browser.value(By.id("q"))).isEqualTo("比亚迪");
		List<String> titles = browser.texts(By.cssSelector("#results .cl-card-title"));
		assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).contains("BYD"));
		assertThat(number(browser.text(By.id("result-total")))).isLessThan(everything);
		assertThat(browser.texts(By.cssSelector("#active-filters .cl-chip span"))).containsExactly("“比亚迪”");
	}

	// 2. Languages

	@Test
	void theLanguageSwitchChangesAndRemembersTheLanguage() {
		browser.open("/?lang=en");
		assertThat(browser.pageLanguage()).isEqualTo("en");
		assertThat(browser.text(By.id("search-button"))).isEqualTo("Search");

		browser.clickAndWaitForPage(By.id("lang-zh"));
		assertThat(browser.pageLanguage()).isEqualTo("zh-CN");
		assertThat(browser.text(By.id("search-button"))).isEqualTo("搜索");
		assertThat(browser.text(By.id("result-total"))).contains("辆在售");

		browser.open("/");
		assertThat(browser.pageLanguage()).as("the choice is remembered without ?lang").isEqualTo("zh-CN");

		browser.clickAndWaitForPage(By.id("lang-en"));
		assertThat(browser.pageLanguage()).isEqualTo("en");
		assertThat(browser.text(By.id("search-button"))).isEqualTo("Search");
		assertThat(browser.text(By.id("result-total"))).contains("cars for sale");
	}

	@Test
	void aNewVisitorSeesTheLanguageTheirBrowserAsksFor() {
		browser.open("/");
		assertThat(browser.pageLanguage()).as("an English browser").isEqualTo("en");
		assertThat(browser.text(By.id("search-button"))).isEqualTo("Search");

		try (Browser chinese = Browser.start(port, "zh-CN,zh")) {
			chinese.open("/");
			assertThat(chinese.pageLanguage()).as("a browser asking for zh-CN").isEqualTo("zh-CN");
			assertThat(chinese.text(By.id("search-button"))).isEqualTo("搜索");
			assertThat(chinese.find(By.id("q")).getDomAttribute("placeholder")).startsWith("品牌");
		}
	}

	// 3. A listing's page

	@Test
	void theFirstResultOpensItsListingPage() {
		browser.open("/?lang=en");
		WebElement card = browser.waitFor(By.cssSelector("#results a.cl-card"));
		String id = card.getDomAttribute("data-listing-id");
		String cardTitle = card.findElement(By.cssSelector(".cl-card-title")).getText().strip();
		String cardPrice = card.findElement(By.cssSelector(".cl-price")).getText().strip();

		browser.clickAndWaitForPage(card);

		assertThat(browser.pathAndQuery()).isEqualTo("/listings/" + id);
		assertThat(browser.find(By.id("listing-page")).getDomAttribute("data-listing-id")).isEqualTo(id);
		assertThat(browser.text(By.id("listing-title"))).isEqualTo(cardTitle);
		assertThat(browser.text(By.id("listing-price"))).startsWith("¥").isEqualTo(cardPrice);
		assertThat(browser.text(By.id("fact-vin"))).matches(VIN_PATTERN);
		WebElement illustration = browser.find(By.cssSelector("#listing-page img.cl-hero"));
		assertThat(illustration.getDomAttribute("src")).matches("/img/cars/[a-z]+-[a-z]+\\.svg");
		assertThat(browser.loadedImageWidth(illustration)).as("the illustration %s loads", illustration.getDomAttribute("src"))
				.isPositive();
		browser.waitFor(By.id("condition-panel"));
		assertThat(browser.find(By.id("odometer-status")).getText()).isNotBlank();
	}

	@Test
	void anInspectedListingShowsItsDiagramAndVerifiesItsChain() {
		browser.open("/?lang=en&grade=5");
		WebElement card = browser.waitFor(By.cssSelector("#results a.cl-card"));
		assertThat(card.getText()).as("accident cars say so on the card").contains("Accident car");
		browser.clickAndWaitForPage(card);
		browser.waitFor(By.cssSelector("#condition-diagram svg"));
		assertThat(browser.text(By.id("report-grade"))).contains("Grade 5");
		assertThat(browser.find(By.id("report-verdicts")).getText()).contains("Accident car");
		browser.find(By.cssSelector("#condition-diagram [data-item='19']")).click();
		assertThat(browser.text(By.id("panel-detail"))).as("tapping a panel shows its findings").containsIgnoringCase("door");
		browser.find(By.id("verify-chain")).click();
		assertThat(browser.waitFor(By.id("verify-outcome")).getText()).startsWith("Verified");
		browser.clickAndWaitForPage(By.id("full-report"));
		assertThat(browser.text(By.cssSelector("#report-page h1"))).isEqualTo("Inspection report");
		assertThat(browser.text(By.id("report-hash"))).matches("[0-9a-f]{64}");
	}

	@Test
	void pickingACityOnTheListingAnswersInPlaceAndTheSearchCanLimitToIt() {
		browser.open("/listings/" + seededIceId + "?lang=en");
		String page = browser.url();
		WebElement city = browser.waitFor(By.id("transfer-city"));

		new org.openqa.selenium.support.ui.Select(city).selectByValue("Hangzhou");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("transfer-outcome"), "Needs a plate quota"));
		assertThat(browser.url()).as("answered in place, no page load").isEqualTo(page);
		assertThat(browser.texts(By.cssSelector("#transfer-steps li"))).anySatisfy(step -> assertThat(step)
				.contains("Hangzhou plate quota"));

		new org.openqa.selenium.support.ui.Select(browser.find(By.id("transfer-city"))).selectByValue("Chengdu");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("transfer-outcome"), "Allowed"));

		browser.open("/listings/" + seededIceId + "?lang=zh-CN");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("transfer-outcome"), "可以迁入"));

		browser.open("/?lang=en");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("register-in"))).selectByValue("Beijing");
		browser.waitUntil(ExpectedConditions.urlContains("registerIn=Beijing"));
		assertThat(browser.texts(By.cssSelector("#active-filters .cl-chip span"))).contains("Registrable in Beijing");
	}

	// 4. A dealer lists a car through the form

	@Test
	void aDealerListsACarThroughTheFormAndBuyersFindIt() {
		browser.open("/login?lang=en");
		browser.signIn(actors.dealer().username(), TestActors.PASSWORD);
		browser.clickAndWaitForPage(By.id("nav-inventory"));
		browser.waitFor(By.id("inventory-page"));
		browser.clickAndWaitForPage(By.id("new-listing"));
		browser.waitFor(By.id("listing-form"));

		String vin = TestVins.next();
		String badVin = withWrongCheckDigit(vin);
		String reference = "ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		browser.type(By.id("vin"), badVin);
		browser.type(By.id("make"), "Geely");
		browser.type(By.id("model"), "Boyue");
		browser.type(By.id("trim"), "1.5TD Flagship");
		browser.type(By.id("year"), "2021");
		browser.setDate(By.id("firstRegistrationDate"), LocalDate.of(2021, 9, 14));
		browser.select(By.id("bodyType"), "SUV");
		browser.select(By.id("colour"), "RED");
		browser.select(By.id("powertrain"), "ICE");
		browser.select(By.id("emissionStandard"), "CN6");
		browser.select(By.id("transmission"), "DCT");
		browser.select(By.id("registrationCity"), "Wuhan");
		browser.type(By.id("priceYuan"), "88800");
		browser.type(By.id("mileageKm"), "36500");
		browser.select(By.id("city"), "Wuhan");
		browser.type(By.id("description"), "One owner, full service history. " + reference);
		browser.check(By.id("publish"));
		browser.clickAndWaitForPage(By.id("save-listing"));

		assertThat(browser.isPresent(By.id("listing-form"))).as("a bad VIN shows the form again, not an error page").isTrue();
		assertThat(browser.text(By.id("form-errors"))).isEqualTo("Please correct the marked fields.");
		assertThat(browser.text(By.id("vin-error"))).contains("check digit");
		assertThat(browser.find(By.id("vin")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findAll(By.cssSelector(".invalid-feedback"))).as("only the VIN is wrong").hasSize(1);
		assertThat(browser.value(By.id("vin"))).isEqualTo(badVin);
		assertThat(browser.value(By.id("make"))).isEqualTo("Geely");
		assertThat(browser.value(By.id("firstRegistrationDate"))).isEqualTo("2021-09-14");
		assertThat(browser.value(By.id("bodyType"))).isEqualTo("SUV");
		assertThat(browser.value(By.id("city"))).isEqualTo("Wuhan");
		assertThat(browser.value(By.id("priceYuan"))).isEqualTo("88800");
		assertThat(browser.find(By.id("publish")).isSelected()).isTrue();

		browser.type(By.id("vin"), vin);
		browser.clickAndWaitForPage(By.id("save-listing"));

		browser.waitFor(By.id("listing-page"));
		String id = browser.find(By.id("listing-page")).getDomAttribute("data-listing-id");
		assertThat(browser.pathAndQuery()).isEqualTo("/listings/" + id);
		assertThat(browser.text(By.id("notice"))).isEqualTo("The listing is published and can be found in search.");
		assertThat(browser.text(By.id("listing-status"))).isEqualTo("For sale");
		assertThat(browser.text(By.id("listing-title"))).isEqualTo("2021 Geely Boyue");
		assertThat(browser.text(By.id("listing-price"))).isEqualTo("¥88,800");
		assertThat(browser.text(By.id("fact-vin"))).isEqualTo(vin);
		assertThat(browser.isPresent(By.id("manage"))).as("the owner may manage the listing").isTrue();

		browser.open("/?lang=en");
		browser.submitText(By.id("q"), reference);
		assertThat(resultIds()).as("a word of the description finds the new listing").containsExactly(id);

		browser.open("/?lang=en");
		browser.submitText(By.id("q"), vin);
		assertThat(resultIds()).as("searching for the VIN finds the new listing").containsExactly(id);
	}

	// 5. CSV import

	@Test
	void aCsvImportReportsEveryRowAndRejectsOnlyTheBadOne() throws IOException {
		String iceVin = TestVins.next();
		String bevVin = TestVins.next();
		String badVin = withWrongCheckDigit(TestVins.next());
		Map<String, String> ice = row(iceVin, "Volkswagen", "Sagitar", "1.4T Comfort", "2020", "SEDAN", "WHITE", "ICE",
				"CN6", "2020-08-01", "Wuhan", "92800", "52000", "Wuhan");
		ice.put("transmission", "DCT");
		ice.put("displacementMl", "1395");
		ice.put("seats", "5");
		Map<String, String> bad = row(badVin, "Toyota", "Corolla", "1.2T", "2019", "SEDAN", "SILVER", "ICE", "CN5",
				"2019-05-20", "Wuhan", "65000", "71000", "Wuhan");
		Map<String, String> bev = row(bevVin, "BYD", "Dolphin", "420km Premium", "2023", "HATCHBACK", "BLUE", "BEV",
				"ZERO_EMISSION", "2023-04-10", "Shenzhen", "76800", "18000", "Shenzhen");
		bev.put("transmission", "SINGLE_SPEED");
		bev.put("rangeKm", "420");
		bev.put("batteryCapacityAh", "135");
		bev.put("batteryVoltageV", "332.8");
		bev.put("batteryChemistry", "LFP");
		String fileName = "browser-import-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
		Path csv = Files.createTempDirectory("clearlot-import-").resolve(fileName);
		Files.writeString(csv, csv(List.of(ice, bad, bev)), StandardCharsets.UTF_8);

		try {
			browser.open("/login?lang=en");
			browser.signIn(actors.dealer().username(), TestActors.PASSWORD);
			browser.clickAndWaitForPage(By.id("nav-import"));
			browser.waitFor(By.id("import-page"));
			browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
			browser.clickAndWaitForPage(By.id("import-submit"));

			browser.waitFor(By.id("import-job-page"));
			assertThat(browser.text(By.cssSelector("#import-job-page h1"))).contains(fileName);
			String summary = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")),
					Duration.ofSeconds(30)).getText();
			assertThat(summary).isEqualTo("Finished: 2 rows imported, 1 rejected.");
			assertThat(browser.text(By.id("import-bar"))).isEqualTo("100%");
			assertThat(browser.text(By.id("import-counts"))).isEqualTo("3 of 3 rows processed");

			List<WebElement> rejected = browser.findAll(By.cssSelector("#import-report tr[data-outcome=REJECTED]"));
			assertThat(rejected).hasSize(1);
			WebElement badRow = rejected.get(0);
			assertThat(badRow.getDomAttribute("data-row")).as("the file's line: header is line 1").isEqualTo("3");
			assertThat(badRow.getText()).contains(badVin).containsIgnoringCase("vin").contains("check digit");

			List<WebElement> imported = browser.findAll(By.cssSelector("#import-report tr[data-outcome=IMPORTED]"));
			assertThat(imported).extracting(row -> row.getDomAttribute("data-row")).containsExactly("2", "4");
			assertThat(imported).extracting(row -> row.findElement(By.cssSelector("td.font-monospace")).getText().strip())
					.containsExactly(iceVin, bevVin);
			List<String> links = imported.stream()
					.map(row -> row.findElement(By.cssSelector("a")).getDomAttribute("href")).toList();
			assertThat(links).allSatisfy(href -> assertThat(href).matches("/listings/\\d+")).doesNotHaveDuplicates();

			browser.clickAndWaitForPage(imported.get(1).findElement(By.cssSelector("a")));
			assertThat(browser.pathAndQuery()).isEqualTo(links.get(1));
			assertThat(browser.text(By.id("fact-vin"))).isEqualTo(bevVin);
			assertThat(browser.text(By.id("listing-status"))).isEqualTo("For sale");
			assertThat(browser.text(By.id("fact-battery"))).contains("135").contains("LFP");
		}
		finally {
			Files.deleteIfExists(csv);
			Files.deleteIfExists(csv.getParent());
		}
	}

	// Helpers

	private WebElement facetOption(String facet, String label) {
		By options = By.cssSelector("a.cl-facet-option[data-facet=" + facet + "]");
		browser.waitFor(options);
		List<WebElement> matching = browser.findAll(options).stream()
				.filter(option -> option.findElement(By.cssSelector(".cl-facet-label")).getText().strip().equals(label))
				.toList();
		assertThat(matching).as("the %s facet offers %s", facet, label).hasSize(1);
		return matching.get(0);
	}

	private List<String> resultIds() {
		browser.waitFor(By.id("result-total"));
		return browser.findAll(By.cssSelector("#results a.cl-card")).stream()
				.map(card -> card.getDomAttribute("data-listing-id")).toList();
	}

	/** The number in a text such as "1,234 cars for sale". */
	private static long number(String text) {
		String digits = text.replaceAll("[^0-9]", "");
		assertThat(digits).as("a number in '%s'", text).isNotEmpty();
		return Long.parseLong(digits);
	}

	/** The same VIN with a different character in position 9, the check digit. */
	private static String withWrongCheckDigit(String vin) {
		char wrong = vin.charAt(8) == '0' ? '1' : '0';
		return vin.substring(0, 8) + wrong + vin.substring(9);
	}

	private static long publish(Api api, String token, Map<String, Object> vehicle, long priceFen, int mileageKm,
			String city) {
		String vin = (String) vehicle.get("vin");
		assertThat(api.post("/api/v1/vehicles", vehicle, token).status()).isEqualTo(201);
		Api.Response created = api.post("/api/v1/listings", Payloads.listing(vin, priceFen, mileageKm, city), token);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), token).status()).isEqualTo(200);
		return id;
	}

	private static Map<String, String> row(String vin, String make, String model, String trim, String year,
			String bodyType, String colour, String powertrain, String emissionStandard, String firstRegistrationDate,
			String registrationCity, String priceYuan, String mileageKm, String city) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("vin", vin);
		row.put("make", make);
		row.put("model", model);
		row.put("trim", trim);
		row.put("year", year);
		row.put("bodyType", bodyType);
		row.put("colour", colour);
		row.put("powertrain", powertrain);
		row.put("emissionStandard", emissionStandard);
		row.put("firstRegistrationDate", firstRegistrationDate);
		row.put("registrationCity", registrationCity);
		row.put("priceYuan", priceYuan);
		row.put("mileageKm", mileageKm);
		row.put("city", city);
		row.put("description", "Imported in a browser test, 浏览器测试");
		row.put("publish", "true");
		return row;
	}

	/** A CSV with every column of the template, in its order, and one line per row. */
	private static String csv(List<Map<String, String>> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", CsvInventoryParser.COLUMNS)).append('\n');
		for (Map<String, String> row : rows) {
			csv.append(CsvInventoryParser.COLUMNS.stream().map(column -> quoted(row.getOrDefault(column, "")))
					.collect(Collectors.joining(","))).append('\n');
		}
		return csv.toString();
	}

	private static String quoted(String cell) {
		return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
