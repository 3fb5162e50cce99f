package org.clearlot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.clearlot.support.TradeFixture;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The listing page's city picker, the public rules page, and admins adding and superseding rules in the UI. */
@ClearlotIntegrationTest
class TransferPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TradeFixture trade;
	TestActors actors;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
		actors = trade.actors();
	}

	@Test
	void pickingACityOnTheListingAnswersAtOnceAndIsRemembered() {
		long listing = trade.publishedListing(9_900_000, 30_000);
		WebSession visitor = WebSession.anonymous(port);

		assertThat(visitor.page("/listings/" + listing)).contains("id=\"transfer-slot\"");
		String empty = visitor.page("/listings/" + listing + "/transfer-panel");
		assertThat(empty).contains("id=\"transfer-city\"").doesNotContain("id=\"transfer-answer\"");

		String hangzhou = visitor.page("/listings/" + listing + "/transfer-panel?city=Hangzhou&lang=en");
		assertThat(hangzhou).contains("data-outcome=\"NEEDS_QUOTA\"").contains("data-code=\"QUOTA_SCARCE\"")
				.contains("data-code=\"OBTAIN_QUOTA\"").contains("NATIONAL_NO_REFUSAL/CN@1").doesNotContain("??");

		String remembered = visitor.page("/listings/" + listing + "/transfer-panel?lang=zh-CN");
		assertThat(remembered).contains("data-outcome=\"NEEDS_QUOTA\"").contains("需要号牌指标").contains("杭州")
				.doesNotContain("??");
		assertThat(visitor.page("/listings/" + listing + "/transfer-panel?city=成都")).contains("data-outcome=\"ALLOWED\"");
		assertThat(visitor.page("/listings/" + listing + "/transfer-panel?city=Atlantis&lang=en"))
				.contains("id=\"transfer-error\"").contains("Atlantis").doesNotContain("id=\"transfer-answer\"");
	}

	@Test
	void aDraftListingsPanelIsItsDealersOnly() {
		String vin = TestVins.next();
		String dealer = trade.dealerToken();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		long draft = api.post("/api/v1/listings", Payloads.listing(vin, 5_000_000, 20_000, "Wuhan"), dealer).json()
				.get("id").asLong();

		assertThat(WebSession.anonymous(port).get("/listings/" + draft + "/transfer-panel?city=Wuhan").statusCode())
				.isEqualTo(404);
		assertThat(session(actors.otherDealer().username()).get("/listings/" + draft + "/transfer-panel").statusCode())
				.isEqualTo(404);
		assertThat(session(actors.dealer().username()).page("/listings/" + draft + "/transfer-panel?city=Wuhan"))
				.contains("data-code=\"SAME_CITY\"").contains("data-code=\"TEMPORARY_PLATE\"");
		assertThat(session(actors.admin().username()).get("/listings/" + draft + "/transfer-panel").statusCode())
				.isEqualTo(200);
	}

	@Test
	void theRulesPageShowsEveryCityWithItsSourcesInBothLanguages() {
		WebSession visitor = WebSession.anonymous(port);
		for (String language : new String[] { "en", "zh-CN" }) {
			String page = visitor.page("/transfer-rules?lang=" + language);
			assertThat(page).contains("id=\"transfer-rules-page\"").contains("data-city=\"Wuhan\"")
					.contains("data-city=\"Lhasa\"").contains("国办发〔2016〕13号").doesNotContain("??");
		}
		assertThat(visitor.page("/transfer-rules?lang=en")).contains("Opinions on Facilitating Used-Car Trading");
		assertThat(visitor.page("/transfer-rules?lang=zh-CN")).contains("关于促进二手车便利交易的若干意见")
				.doesNotContain("Opinions on Facilitating Used-Car Trading");
		assertThat(visitor.page("/transfer-rules?lang=en&date=2019-07-01")).contains("INBOUND_EMISSION/Hangzhou@2");
		assertThat(visitor.page("/transfer-rules?lang=en&date=2016-05-31")).contains("id=\"rules-bad-date\"");
		assertThat(visitor.page("/transfer-rules?lang=en&date=soon")).contains("id=\"rules-bad-date\"");
	}

	@Test
	void anAdminSupersedesARuleInTheUiAndAnswersFollowFromItsDate() {
		WebSession admin = session(actors.admin().username());
		for (String language : new String[] { "en", "zh-CN" }) {
			assertThat(admin.page("/admin/transfer-rules?lang=" + language)).contains("id=\"admin-transfer-rules-page\"")
					.contains("data-rule=\"PLATE_QUOTA/Shanghai\"").doesNotContain("??");
			assertThat(admin.page("/admin/transfer-rules/INBOUND_EMISSION/Hangzhou?lang=" + language))
					.contains("data-version=\"3\"").contains("data-version=\"1\"").doesNotContain("??");
		}
		String form = admin.page("/admin/transfer-rules/new?kind=PLATE_QUOTA&jurisdiction=Shenzhen&lang=en");
		assertThat(form).contains("Supersede PLATE_QUOTA/Shenzhen@1").doesNotContain("??");

		Map<String, String> fields = new HashMap<>(Map.of("_csrf", WebSession.csrf(form), "kind", "INBOUND_EMISSION",
				"jurisdiction", "Lhasa", "effectiveFrom", "2031-01-01", "minStandard", "CN6", "basis", "PUBLISHED",
				"source", "Lhasa notice 2030 No. 1 (a test rule)", "sourceZh", "拉萨市2030年第1号通知（测试规则）"));
		HttpResponse<String> recorded = admin.post("/admin/transfer-rules", fields);
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith("/admin/transfer-rules/INBOUND_EMISSION/Lhasa");
		assertThat(admin.page("/admin/transfer-rules/INBOUND_EMISSION/Lhasa?lang=en")).contains("Recorded INBOUND_EMISSION/Lhasa@1")
				.contains("拉萨市2030年第1号通知（测试规则）");

		String cn4 = cn4Car();
		assertThat(outcome(cn4, "Lhasa", "2030-12-31")).isEqualTo("ALLOWED");
		assertThat(outcome(cn4, "Lhasa", "2031-01-01")).isEqualTo("RESTRICTED");
		assertThat(admin.page("/transfer-rules?date=2031-01-01")).contains("INBOUND_EMISSION/Lhasa@1");
	}

	@Test
	void aBadRuleFormSaysWhatIsWrongAndRecordsNothing() {
		WebSession admin = session(actors.admin().username());
		String form = admin.page("/admin/transfer-rules/new?lang=en");
		Integer before = jdbc.queryForObject("SELECT count(*) FROM transfer.rules", Integer.class);

		Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", WebSession.csrf(form), "kind",
				"PLATE_QUOTA", "jurisdiction", "CN", "effectiveFrom", "someday", "basis", "PUBLISHED", "source", " "));
		HttpResponse<String> response = admin.post("/admin/transfer-rules?lang=en", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"form-errors\"").contains("is-invalid").contains("someday");
		fields.put("effectiveFrom", "2031-01-01");
		assertThat(admin.post("/admin/transfer-rules?lang=en", fields).body()).contains("id=\"form-errors\"")
				.contains("is required");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM transfer.rules", Integer.class)).isEqualTo(before);
		fields.remove("_csrf");
		assertThat(admin.post("/admin/transfer-rules", fields).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyAdminsKeepTheRules() {
		HttpResponse<String> anonymous = WebSession.anonymous(port).get("/admin/transfer-rules");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		for (String username : new String[] { actors.buyer().username(), actors.dealer().username(),
				actors.inspector().username() }) {
			WebSession session = session(username);
			assertThat(session.get("/admin/transfer-rules").statusCode()).as(username).isEqualTo(403);
			assertThat(session.get("/admin/transfer-rules/new").statusCode()).as(username).isEqualTo(403);
		}
	}

	@Test
	void theRulesApiRecordsVersionsForAdminsAndRepealsFromADate() {
		Map<String, Object> quota = new LinkedHashMap<>();
		quota.put("kind", "PLATE_QUOTA");
		quota.put("jurisdiction", "西宁");
		quota.put("effectiveFrom", "2031-01-01");
		quota.put("plateQuota", Map.of("ICE", "SCARCE", "HEV", "SCARCE", "PHEV", "ON_APPLICATION", "BEV", "NONE"));
		quota.put("basis", "PUBLISHED");
		quota.put("source", "Xining notice 2030 No. 2 (a test rule)");
		String admin = api.token(actors.admin().username(), TestActors.PASSWORD);

		assertThat(api.post("/api/v1/transfer-rules", quota, null).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/transfer-rules", quota, trade.dealerToken()).status()).isEqualTo(403);
		Response created = api.post("/api/v1/transfer-rules", quota, admin);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("ruleId").asString()).isEqualTo("PLATE_QUOTA/Xining");
		assertThat(created.json().get("version").asInt()).isEqualTo(1);

		Map<String, Object> repeal = new LinkedHashMap<>(quota);
		repeal.remove("plateQuota");
		repeal.put("active", false);
		repeal.put("effectiveFrom", "2032-01-01");
		assertThat(api.post("/api/v1/transfer-rules", repeal, admin).json().get("version").asInt()).isEqualTo(2);

		String car = cn4Car();
		assertThat(outcome(car, "Xining", "2030-06-01")).isEqualTo("ALLOWED");
		assertThat(outcome(car, "Xining", "2031-06-01")).isEqualTo("NEEDS_QUOTA");
		assertThat(outcome(car, "Xining", "2032-06-01")).isEqualTo("ALLOWED");
		assertThat(api.get("/api/v1/transfer-rules/PLATE_QUOTA/Xining").json().size()).isEqualTo(2);
		assertThat(api.get("/api/v1/transfer-rules/PLATE_QUOTA/Atlantis").status()).isEqualTo(404);

		Map<String, Object> bad = new LinkedHashMap<>(quota);
		bad.put("jurisdiction", "CN");
		bad.remove("plateQuota");
		bad.put("source", "");
		Response invalid = api.post("/api/v1/transfer-rules", bad, admin);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.isProblem()).isTrue();
		assertThat(invalid.json().get("detail").asString()).contains("jurisdiction").contains("quota").contains("source");
		bad.put("kind", "SPEED_LIMIT");
		assertThat(api.post("/api/v1/transfer-rules", bad, admin).status()).isEqualTo(400);
	}

	private String cn4Car() {
		String vin = TestVins.next();
		Map<String, Object> body = Payloads.iceVehicle(vin);
		body.put("emissionStandard", "CN4");
		body.put("year", 2014);
		body.put("firstRegistrationDate", "2014-03-01");
		assertThat(api.post("/api/v1/vehicles", body, trade.dealerToken()).status()).isEqualTo(201);
		return vin;
	}

	private String outcome(String vin, String city, String date) {
		Response answer = api.get("/api/v1/transfer-eligibility?vin=" + vin + "&toCity=" + city + "&date=" + date);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json().get("outcome").asString();
	}

	private WebSession session(String username) {
		return WebSession.signedIn(port, username, TestActors.PASSWORD);
	}
}
