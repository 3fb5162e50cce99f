package org.clearlot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The shipped rules over real cases: cities × emission standards × powertrains × dates on both sides of each
 * effective date, through the public API with cars registered for the purpose.
 */
@ClearlotIntegrationTest
class TransferEligibilityIntegrationTests {

	private static final Map<String, String> VINS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TestActors actors;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		actors = TestActors.in(identity);
	}

	@ParameterizedTest(name = "{1} {2} from {0} to {3} on {4} → {5} ({6} {7})")
	@CsvSource(textBlock = """
			Wuhan,     CN4, ICE,  Wuhan,     2024-05-01, ALLOWED,     SAME_CITY,              INBOUND_EMISSION/CN@1
			Wuhan,     CN4, ICE,  Chengdu,   2024-05-01, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/CN@1
			Wuhan,     CN3, ICE,  Chongqing, 2016-06-01, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/CN@1
			Wuhan,     CN3, ICE,  Shenzhen,  2024-05-01, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Shenzhen@3
			Wuhan,     CN4, ICE,  Hangzhou,  2016-06-01, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Hangzhou@1
			Wuhan,     CN4, ICE,  Hangzhou,  2026-12-01, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Hangzhou@3
			Wuhan,     CN4, ICE,  Xi'an,     2018-07-02, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/CN@1
			Wuhan,     CN4, ICE,  西安,       2018-07-03, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Xi'an@1
			Wuhan,     CN4, ICE,  hefei,     2018-07-03, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Hefei@1
			Wuhan,     CN5, ICE,  Hangzhou,  2019-06-30, NEEDS_QUOTA, EMISSION_ACCEPTED,      INBOUND_EMISSION/Hangzhou@1
			Wuhan,     CN5, ICE,  Hangzhou,  2019-07-01, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Hangzhou@2
			Wuhan,     CN5, ICE,  Hangzhou,  2022-05-31, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Hangzhou@2
			Wuhan,     CN5, ICE,  Hangzhou,  2022-06-01, NEEDS_QUOTA, EMISSION_ACCEPTED,      INBOUND_EMISSION/Hangzhou@3
			Wuhan,     CN5, ICE,  Nanjing,   2022-06-16, RESTRICTED,  EMISSION_BELOW_MINIMUM, INBOUND_EMISSION/Nanjing@2
			Wuhan,     CN5, ICE,  Nanjing,   2022-06-17, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/Nanjing@3
			Wuhan,     CN5, ICE,  Nanjing,   2022-07-31, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/Nanjing@3
			Wuhan,     CN5, ICE,  Nanjing,   2022-08-01, ALLOWED,     NATIONAL_NO_REFUSAL,    NATIONAL_NO_REFUSAL/CN@1
			Wuhan,     CN5, ICE,  Beijing,   2022-07-31, NEEDS_QUOTA, EMISSION_ACCEPTED,      INBOUND_EMISSION/Beijing@1
			Wuhan,     CN5, ICE,  北京,       2022-08-01, NEEDS_QUOTA, NATIONAL_NO_REFUSAL,    NATIONAL_NO_REFUSAL/CN@1
			Wuhan,     CN4, ICE,  Beijing,   2026-12-01, RESTRICTED,  QUOTA_SCARCE,           PLATE_QUOTA/Beijing@1
			Wuhan,     CN6, ICE,  Guangzhou, 2026-12-01, NEEDS_QUOTA, QUOTA_SCARCE,           PLATE_QUOTA/Guangzhou@1
			Wuhan,     ZERO_EMISSION, BEV, Guangzhou, 2026-12-01, ALLOWED, QUOTA_ON_APPLICATION, PLATE_QUOTA/Guangzhou@1
			Wuhan,     ZERO_EMISSION, BEV, Beijing,   2026-12-01, NEEDS_QUOTA, QUOTA_SCARCE,    PLATE_QUOTA/Beijing@1
			Wuhan,     ZERO_EMISSION, BEV, Shanghai,  2026-12-01, ALLOWED, QUOTA_ON_APPLICATION, PLATE_QUOTA/Shanghai@2
			Wuhan,     CN6, PHEV, Shanghai,  2022-12-31, ALLOWED,     QUOTA_ON_APPLICATION,   PLATE_QUOTA/Shanghai@1
			Wuhan,     CN6, PHEV, Shanghai,  2023-01-01, NEEDS_QUOTA, QUOTA_SCARCE,           PLATE_QUOTA/Shanghai@2
			Wuhan,     CN6, ICE,  Haikou,    2018-05-15, ALLOWED,     EMISSION_ACCEPTED,      INBOUND_EMISSION/CN@1
			Wuhan,     CN6, ICE,  Haikou,    2018-05-16, NEEDS_QUOTA, QUOTA_SCARCE,           PLATE_QUOTA/Haikou@1
			Beijing,   CN4, ICE,  Beijing,   2026-12-01, NEEDS_QUOTA, SAME_CITY,              INBOUND_EMISSION/Beijing@1
			""")
	void theShippedRulesAnswerRealCases(String from, String standard, String powertrain, String toCity, String date,
			String outcome, String reasonCode, String ruleVersion) {
		String vin = car(from, standard, powertrain);

		Response answer = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=" + Api.encode(toCity)
				+ "&date=" + date);

		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		JsonNode json = answer.json();
		assertThat(json.get("outcome").asString()).as(answer.text()).isEqualTo(outcome);
		JsonNode reason = reason(json, reasonCode);
		assertThat(reason).as(answer.text()).isNotNull();
		String[] id = ruleVersion.split("@");
		assertThat(reason.get("ruleId").asString()).isEqualTo(id[0]);
		assertThat(reason.get("ruleVersion").asInt()).isEqualTo(Integer.parseInt(id[1]));
		assertThat(reason.get("source").asString()).isNotBlank();
		assertThat(reason.get("effectiveFrom").asString()).isLessThanOrEqualTo(date);
		assertThat(reason.get("message").asString()).isNotBlank().doesNotContain("{");
		assertThat(strings(json.get("ruleVersions"))).contains(ruleVersion);
	}

	@Test
	void everyAnswerIsKeptWithTheRuleVersionsItUsed() {
		String vin = car("Wuhan", "CN5", "ICE");
		JsonNode json = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Hangzhou&date=2022-06-01").json();

		List<String> kept = jdbc.queryForList("SELECT r.rule_key || '@' || r.version FROM transfer.answers a "
				+ "JOIN transfer.rules r ON r.id = ANY (a.rule_ids) WHERE a.id = ?::uuid ORDER BY 1", String.class,
				json.get("answerId").asString());
		assertThat(kept).containsExactlyInAnyOrderElementsOf(strings(json.get("ruleVersions")));
		assertThat(kept).contains("INBOUND_EMISSION/Hangzhou@3", "PLATE_QUOTA/Hangzhou@1", "TRADABILITY/CN@1");
		assertThat(jdbc.queryForObject("SELECT outcome FROM transfer.answers WHERE id = ?::uuid", String.class,
				json.get("answerId").asString())).isEqualTo("NEEDS_QUOTA");

		JsonNode again = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Hangzhou&date=2022-06-01").json();
		assertThat(again.get("answerId").asString()).as("the same answer is kept once").isEqualTo(json.get("answerId").asString());
		assertThat(jdbc.queryForObject("SELECT times FROM transfer.answers WHERE id = ?::uuid", Integer.class,
				json.get("answerId").asString())).isGreaterThanOrEqualTo(2);
		JsonNode otherDay = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Hangzhou&date=2022-06-02").json();
		assertThat(otherDay.get("answerId").asString()).isNotEqualTo(json.get("answerId").asString());
	}

	@Test
	void stepsSayWhatTheBuyerMustDo() {
		String vin = register("Wuhan", "CN6", "ICE");
		JsonNode json = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Beijing&date=2026-12-01").json();

		assertThat(codes(json.get("steps"))).containsExactly("INSPECTION", "REGISTRATION_DOCUMENTS", "OBTAIN_QUOTA",
				"TRANSFER_AND_RELOCATE");
		assertThat(json.get("steps").get(3).get("message").asString()).contains("Beijing");
		assertThat(json.get("steps").get(3).get("ruleId").isNull()).isTrue();
	}

	@Test
	void dealerStockTravelsOnATemporaryPlateFromOctober2022() {
		String vin = TestVins.next();
		String dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/listings", Payloads.listing(vin, 8_800_000, 40_000, "Wuhan"), dealer).status())
				.isEqualTo(201);

		JsonNode before = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Chengdu&date=2022-09-30").json();
		JsonNode after = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Chengdu&date=2022-10-01").json();

		assertThat(codes(before.get("steps"))).doesNotContain("TEMPORARY_PLATE");
		assertThat(codes(after.get("steps"))).contains("TEMPORARY_PLATE");
		assertThat(strings(after.get("ruleVersions"))).contains("TEMPORARY_PLATE/CN@1");
	}

	@Test
	void aFailedTradabilityCheckRestrictsTheTransfer() {
		String vin = register("Wuhan", "CN6", "ICE");
		String inspector = api.token(actors.inspector().username(), TestActors.PASSWORD);
		Response report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of(
				"inspectedAt", OffsetDateTime.now().minusMinutes(5).toString(), "odometerKm", 30_000,
				"tradability", Map.of("notDueForScrapping", true, "notMortgagedOrSupervised", false, "notSeized", true,
						"notStolenOrDefrauded", true, "engineNumberMatches", true, "vinMatches", true,
						"notSmuggledOrAssembled", true, "notOtherwiseBanned", true)), inspector);
		assertThat(report.status()).as(report.text()).isEqualTo(201);

		Response answer = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Chengdu",
				null, Map.of("Accept-Language", "zh-CN"));

		JsonNode json = answer.json();
		assertThat(json.get("outcome").asString()).isEqualTo("RESTRICTED");
		JsonNode failed = reason(json, "TRADABILITY_FAILED");
		assertThat(failed.get("message").asString()).contains("未被抵押");
		assertThat(failed.get("ruleId").asString()).isEqualTo("TRADABILITY/CN");
		assertThat(failed.get("source").asString()).startsWith("GB/T 30323-2013《二手车鉴定评估技术规范》");
		assertThat(codes(json.get("steps"))).doesNotContain("INSPECTION");
	}

	@Test
	void badQuestionsGetProblemsNamingEachField() {
		String vin = car("Wuhan", "CN6", "ICE");

		Response unknownCity = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Atlantis");
		assertThat(unknownCity.status()).isEqualTo(400);
		assertThat(unknownCity.isProblem()).isTrue();
		assertThat(unknownCity.json().get("detail").asString()).contains("/api/v1/transfer-eligibility/cities");

		Response early = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Wuhan&date=2016-05-31");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.json().get("detail").asString()).contains("2016-06-01");

		for (String far : new String[] { "2101-01-01", "%2B10000000-01-01" }) {
			Response future = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=Wuhan&date=" + far);
			assertThat(future.status()).as(future.text()).isEqualTo(400);
			assertThat(future.json().get("detail").asString()).contains("2100-12-31");
		}

		Response all = api.get("/api/v1/transfer-eligibility?vin=NOTAVIN&date=yesterday");
		assertThat(all.status()).isEqualTo(400);
		assertThat(all.json().get("detail").asString()).contains("vin").contains("toCity").contains("date");

		Response unknownCar = api.get("/api/v1/transfer-eligibility?vin=" + TestVins.next() + "&toCity=Wuhan");
		assertThat(unknownCar.status()).isEqualTo(404);
		assertThat(unknownCar.isProblem()).isTrue();
	}

	@Test
	void theCitiesListSaysWhatEachCityAcceptsToday() {
		JsonNode json = api.get("/api/v1/transfer-eligibility/cities").json();
		JsonNode cities = json.get("cities");

		assertThat(cities.size()).isGreaterThanOrEqualTo(50);
		assertThat(json.get("rulesStart").asString()).isEqualTo("2016-06-01");
		JsonNode beijing = city(cities, "Beijing");
		assertThat(beijing.get("nameZh").asString()).isEqualTo("北京");
		assertThat(beijing.get("minimumInboundStandard").asString()).isEqualTo("CN5");
		assertThat(beijing.get("plateQuota").get("BEV").asString()).isEqualTo("SCARCE");
		JsonNode wuhan = city(cities, "Wuhan");
		assertThat(wuhan.get("minimumInboundStandard").asString()).isEqualTo("CN3");
		assertThat(wuhan.get("plateQuota").isNull()).isTrue();
		assertThat(city(cities, "Xi'an")).isNotNull();
	}

	/** A car registered in {@code city} with that standard and powertrain, one per combination. */
	private String car(String city, String standard, String powertrain) {
		return VINS.computeIfAbsent(city + standard + powertrain, key -> register(city, standard, powertrain));
	}

	/** A new car registered in {@code city}, for tests that change what is known about it. */
	private String register(String city, String standard, String powertrain) {
		String vin = TestVins.next();
		Map<String, Object> body = "BEV".equals(powertrain) ? Payloads.bevVehicle(vin) : Payloads.iceVehicle(vin);
		body.put("registrationCity", city);
		body.put("emissionStandard", standard);
		int year = switch (standard) {
			case "CN3" -> 2010;
			case "CN4" -> 2014;
			case "CN5" -> 2018;
			default -> 2022;
		};
		body.put("year", year);
		body.put("firstRegistrationDate", year + "-05-10");
		if ("PHEV".equals(powertrain)) {
			body.put("powertrain", "PHEV");
			body.put("make", "BYD");
			body.put("model", "Qin PLUS DM-i");
			body.put("battery", Map.of("nominalCapacityAh", 26, "nominalVoltageV", 316.8, "chemistry", "LFP"));
		}
		String dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
		Response registered = api.post("/api/v1/vehicles", body, dealer);
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return vin;
	}

	private static JsonNode reason(JsonNode answer, String code) {
		for (JsonNode reason : answer.get("reasons")) {
			if (reason.get("code").asString().equals(code)) {
				return reason;
			}
		}
		return null;
	}

	private static JsonNode city(JsonNode cities, String id) {
		for (JsonNode city : cities) {
			if (city.get("id").asString().equals(id)) {
				return city;
			}
		}
		return null;
	}

	private static List<String> codes(JsonNode findings) {
		List<String> codes = new ArrayList<>();
		findings.forEach(finding -> codes.add(finding.get("code").asString()));
		return codes;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}
}
