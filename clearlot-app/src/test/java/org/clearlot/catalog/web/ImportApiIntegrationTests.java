package org.clearlot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ClearlotIntegrationTest
class ImportApiIntegrationTests {

	static final String HEADER = "vin,make,model,trim,year,bodyType,colour,powertrain,emissionStandard,firstRegistrationDate,"
			+ "registrationCity,batteryCapacityAh,batteryVoltageV,batteryChemistry,priceYuan,mileageKm,city,description,publish\n";

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	String token;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		token = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void importsGoodRowsAndRejectsBadOnesWhole() {
		String ice = TestVins.next();
		String bev = TestVins.next();
		String bevWithoutBattery = TestVins.next();
		String badVin = ice.substring(0, 8) + (ice.charAt(8) == '1' ? '2' : '1') + ice.substring(9);
		String csv = HEADER
				+ ice + ",Toyota,Corolla,1.2T,2020,SEDAN,WHITE,ICE,CN6,2020-05-01,Wuhan,,,,89800,52000,Wuhan,Clean car,true\n"
				+ bev + ",Tesla,Model 3,RWD,2022,SEDAN,RED,BEV,ZERO_EMISSION,2022-02-01,上海,173,346,LFP,189800.5,21000,Shanghai,,false\n"
				+ bevWithoutBattery + ",BYD,Dolphin,,2022,HATCHBACK,BLUE,BEV,ZERO_EMISSION,2022-02-01,Wuhan,,,,79800,9000,Wuhan,,true\n"
				+ badVin + ",Honda,Civic,,2019,SEDAN,BLACK,ICE,CN6,2019-08-01,Atlantis,,,,abc,40000,Wuhan,,true\n";
		JsonNode job = runImport("cars.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.get("importedRows").asInt()).isEqualTo(2);
		assertThat(job.get("rejectedRows").asInt()).isEqualTo(2);
		JsonNode rows = job.get("rows");
		assertThat(rows.get(0).get("outcome").asString()).isEqualTo("IMPORTED");
		assertThat(rows.get(1).get("outcome").asString()).isEqualTo("IMPORTED");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(2).get("reasons").toString()).contains("battery");
		assertThat(rows.get(3).get("reasons").toString()).contains("priceYuan").contains("vin");

		long published = rows.get(0).get("listingId").asLong();
		assertThat(api.get("/api/v1/listings/" + published).json().get("status").asString()).isEqualTo("ACTIVE");
		JsonNode draft = api.get("/api/v1/listings/" + rows.get(1).get("listingId").asLong(), token).json();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("priceFen").asLong()).isEqualTo(18_980_050L);
		assertThat(api.get("/api/v1/vehicles/" + bevWithoutBattery).status())
				.as("a rejected row leaves nothing behind").isEqualTo(404);
	}

	@Test
	void readsGb18030FilesFromChineseSpreadsheets() {
		String vin = TestVins.next();
		String csv = HEADER + vin + ",Volkswagen,Lavida,舒适版,2021,SEDAN,SILVER,ICE,CN6,2021-03-01,武汉,,,,75800,30000,武汉,一手车,true\n";
		JsonNode job = runImport("库存.csv", csv.getBytes(Charset.forName("GB18030")));
		assertThat(job.get("importedRows").asInt()).isEqualTo(1);
		JsonNode listing = api.get("/api/v1/listings/" + job.get("rows").get(0).get("listingId").asLong()).json();
		assertThat(listing.get("description").asString()).isEqualTo("一手车");
		assertThat(listing.get("trim").asString()).isEqualTo("舒适版");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedUpFront() {
		Response response = api.upload("/api/v1/inventory/imports", "bad.csv",
				"vin,make\nX,Y\n".getBytes(StandardCharsets.UTF_8), token);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("model").contains("priceYuan");
	}

	@Test
	void aRepeatedVinInOneFileIsRejectedOnce() {
		String vin = TestVins.next();
		String row = vin + ",Toyota,Corolla,,2020,SEDAN,WHITE,ICE,CN6,2020-05-01,Wuhan,,,,89800,52000,Wuhan,,false\n";
		JsonNode job = runImport("twice.csv", (HEADER + row + row).getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("importedRows").asInt()).isEqualTo(1);
		assertThat(job.get("rows").get(1).get("reasons").toString()).contains("more than once");
	}

	private JsonNode runImport(String fileName, byte[] content) {
		Response started = api.upload("/api/v1/inventory/imports", fileName, content, token);
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		String id = started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
				() -> !"RUNNING".equals(api.get("/api/v1/inventory/imports/" + id, token).json().get("status").asString()));
		return api.get("/api/v1/inventory/imports/" + id, token).json();
	}
}
