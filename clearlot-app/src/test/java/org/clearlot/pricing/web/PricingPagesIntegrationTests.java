package org.clearlot.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.clearlot.identity.IdentityApi;
import org.clearlot.platform.web.MoneyFormat;
import org.clearlot.pricing.model.ModelSummary;
import org.clearlot.pricing.valuation.ModelTraining;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TradeFixture;
import org.clearlot.support.Valuations;
import org.clearlot.support.WebSession;
import org.clearlot.trade.order.OrderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The listing page's valuation panel, the method page and the market page, in both languages and without missing
 * messages; the market's sales come from completed orders only, and a completed sale becomes training data.
 */
@ClearlotIntegrationTest
class PricingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrderService orders;

	@Autowired
	ModelTraining training;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MoneyFormat money;

	Api api;
	WebSession visitor;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		visitor = WebSession.anonymous(port);
		Valuations.awaitModel(api);
	}

	@Test
	void theListingPageLoadsTheValuationPanelWithARatingInBothLanguages() {
		long id = jdbc.queryForObject("SELECT min(id) FROM catalog.listings WHERE status = 'ACTIVE'", Long.class);
		assertThat(visitor.page("/listings/" + id)).contains("id=\"valuation-slot\"", "/listings/" + id + "/valuation-panel");
		String english = visitor.page("/listings/" + id + "/valuation-panel");
		assertThat(english).contains("id=\"valuation-estimate\"", "id=\"price-history\"", "/pricing/method")
				.containsPattern("id=\"deal-rating\"|id=\"deal-exclusion\"").doesNotContain("??");
		assertThat(visitor.page("/listings/" + id + "/valuation-panel?lang=zh-CN")).contains("市场估价", "价格记录")
				.doesNotContain("??");
		assertThat(visitor.get("/listings/999999999/valuation-panel").statusCode()).isEqualTo(404);
	}

	@Test
	void aDraftsValuationPanelAndPriceHistoryAreItsDealersAndAdminsOnly() {
		org.clearlot.support.TestActors actors = org.clearlot.support.TestActors.in(identity);
		String dealer = api.token(actors.dealer().username(), org.clearlot.support.TestActors.PASSWORD);
		String vin = org.clearlot.support.TestVins.next();
		assertThat(api.post("/api/v1/vehicles", org.clearlot.support.Payloads.iceVehicle(vin), dealer).status())
				.isEqualTo(201);
		long draft = api.post("/api/v1/listings", org.clearlot.support.Payloads.listing(vin, 6_100_000, 40_000, "Wuhan"),
				dealer).json().get("id").asLong();
		String path = "/listings/" + draft + "/valuation-panel";

		assertThat(visitor.get(path).statusCode()).isEqualTo(404);
		for (String other : new String[] { actors.otherDealer().username(), actors.buyer().username() }) {
			assertThat(WebSession.signedIn(port, other, org.clearlot.support.TestActors.PASSWORD).get(path).statusCode())
					.as(other).isEqualTo(404);
		}
		assertThat(WebSession.signedIn(port, actors.dealer().username(), org.clearlot.support.TestActors.PASSWORD)
				.page(path)).contains("¥61,000");
		assertThat(WebSession.signedIn(port, actors.admin().username(), org.clearlot.support.TestActors.PASSWORD)
				.get(path).statusCode()).isEqualTo(200);
	}

	@Test
	void theMethodPagePublishesTheBandsTheExclusionsAndTheModelsError() {
		for (String lang : new String[] { "?lang=en", "?lang=zh-CN" }) {
			String page = visitor.page("/pricing/method" + lang);
			assertThat(page).contains("id=\"rating-bands\"", "id=\"exclusions\"", "id=\"model-versions\"")
					.doesNotContain("??");
		}
		assertThat(visitor.page("/pricing/method?lang=en")).contains("Flood car", "Tribuo", "Great price");
		assertThat(visitor.page("/pricing/method?lang=zh-CN")).contains("泡水车", "超值价格");
	}

	@Test
	void theMarketPageCountsOnlyCompletedSales() {
		long salesBefore = countedSales();
		String before = visitor.page("/market?lang=en");
		assertThat(before).contains("id=\"residual-chart\"", "id=\"powertrain-chart\"").doesNotContain("??");
		assertThat(before).contains(salesBefore == 0 ? "id=\"no-sales\"" : "id=\"sales-table\"");
		String chinese = visitor.page("/market?lang=zh-CN");
		assertThat(chinese).contains("电动车与燃油车折旧对比").doesNotContain("??");
		assertThat(chinese).as("chart series named in Chinese").contains("比亚迪").contains("纯电动")
				.doesNotContain("&quot;label&quot;:&quot;BEV&quot;");
		assertThat(before).contains("&quot;label&quot;:&quot;Electric&quot;");
		assertThat(visitor.page("/")).contains("id=\"nav-market\"");

		TradeFixture trade = new TradeFixture(api, identity);
		long listing = trade.publishedListing(7_380_000, 48_000);
		String orderId = trade.delivered(listing, trade.newBuyer(), 48_010);
		assertThat(countedSales()).as("a delivered order is not a sale yet").isEqualTo(salesBefore);
		jdbc.update("UPDATE trade.orders SET return_window_ends_at = now() - interval '1 minute' WHERE id = ?::uuid",
				orderId);
		assertThat(orders.complete(UUID.fromString(orderId))).isTrue();
		await().atMost(Duration.ofSeconds(20)).until(() -> countedSales() == salesBefore + 1);

		String after = visitor.page("/market?lang=en");
		long wuhanThisMonthFen = jdbc.queryForObject("""
				SELECT sum(price_fen) FROM pricing.sales WHERE returned_at IS NULL AND city = 'Wuhan'
				AND to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
				  = (SELECT to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') FROM pricing.sales
				     WHERE order_id = ?::uuid)""", Long.class, orderId);
		assertThat(wuhanThisMonthFen).as("the sale is counted at its price").isGreaterThanOrEqualTo(7_380_000L);
		assertThat(after).contains("id=\"sales-table\"", "id=\"sales-chart\"", money.yuan(wuhanThisMonthFen))
				.doesNotContain("id=\"no-sales\"");
		assertThat(visitor.page("/market?lang=zh-CN")).contains("武汉").doesNotContain("??");
		ModelSummary retrained = training.retrainInBackground().join();
		assertThat(retrained.saleRows()).as("completed sales are training data").isGreaterThanOrEqualTo(1);
	}

	private long countedSales() {
		return jdbc.queryForObject("SELECT count(*) FROM pricing.sales WHERE returned_at IS NULL", Long.class);
	}
}
