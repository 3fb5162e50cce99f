package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.Role;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The trade's pages and their rules: who may open which list, who may see a deal (its buyer, the selling
 * dealer's users, admins; anyone else is told it does not exist), forms that need the CSRF token, and the listing's
 * trade panel for visitors, buyers and dealers, in both languages.
 */
@ClearlotIntegrationTest
class TradePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

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
	void eachListPageBelongsToItsRole() {
		WebSession anonymous = WebSession.anonymous(port);
		WebSession buyer = session(actors.buyer().username());
		WebSession dealer = session(actors.dealer().username());
		WebSession admin = session(actors.admin().username());
		WebSession inspector = session(actors.inspector().username());
		for (String path : new String[] { "/my/orders", "/dealer/orders", "/admin/disputes", "/admin/ledger", "/notifications" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
		}
		for (String language : new String[] { "en", "zh-CN" }) {
			String lang = "?lang=" + language;
			assertThat(buyer.page("/my/orders" + lang)).contains("id=\"my-purchases\"").doesNotContain("??");
			assertThat(dealer.page("/dealer/orders" + lang)).contains("id=\"dealer-orders-page\"").doesNotContain("??");
			assertThat(admin.page("/admin/disputes" + lang)).contains("id=\"admin-disputes-page\"").doesNotContain("??");
			assertThat(admin.page("/admin/ledger" + lang)).contains("id=\"trial-balance\"").doesNotContain("??");
		}
		for (WebSession notBuyer : new WebSession[] { dealer, admin, inspector }) {
			assertThat(notBuyer.get("/my/orders").statusCode()).isEqualTo(403);
		}
		for (WebSession notDealer : new WebSession[] { buyer, admin, inspector }) {
			assertThat(notDealer.get("/dealer/orders").statusCode()).isEqualTo(403);
		}
		for (WebSession notAdmin : new WebSession[] { buyer, dealer, inspector }) {
			assertThat(notAdmin.get("/admin/disputes").statusCode()).isEqualTo(403);
			assertThat(notAdmin.get("/admin/ledger").statusCode()).isEqualTo(403);
		}
		for (WebSession signedIn : new WebSession[] { buyer, dealer, admin, inspector }) {
			assertThat(signedIn.page("/notifications")).contains("id=\"notifications-page\"");
		}
	}

	@Test
	void aDealIsShownToItsBuyerTheSellingDealerAndAdminsOnly() {
		long listing = trade.publishedListing(7_300_000, 35_000);
		String buyerName = newBuyerName();
		String buyerToken = api.token(buyerName, TestActors.PASSWORD);
		JsonNode reservation = trade.reservedAndPaid(listing, buyerToken);
		String reservationId = reservation.get("id").asString();
		String orderId = trade.orderedAndPaid(reservationId, buyerToken);

		WebSession buyer = session(buyerName);
		String page = buyer.page("/orders/" + orderId + "?lang=en");
		assertThat(page).as("every message exists").doesNotContain("??");
		assertThat(buyer.page("/orders/" + orderId + "?lang=zh-CN")).doesNotContain("??");
		assertThat(page).contains("data-status=\"PAID\"").contains("Received (confirmed by the provider)")
			.contains("¥73,000").contains("id=\"cancel-form\"").doesNotContain("id=\"handover-form\"");
		assertThat(buyer.page("/my/reservations/" + reservationId + "?lang=zh-CN")).contains("id=\"to-order\"")
			.doesNotContain("??");
		assertThat(buyer.page("/my/orders")).contains("data-order-id=\"" + orderId + "\"");

		String dealerPage = session(actors.dealer().username()).page("/orders/" + orderId + "?lang=zh-CN");
		assertThat(dealerPage).contains("已付款").contains("id=\"handover-form\"").doesNotContain("id=\"delivery-form\"");
		assertThat(session(actors.dealer().username()).page("/dealer/orders")).contains("data-order-id=\"" + orderId + "\"");
		assertThat(session(actors.admin().username()).page("/orders/" + orderId)).contains("data-order-id=\"" + orderId + "\"");

		WebSession otherBuyer = session(actors.buyer().username());
		assertThat(otherBuyer.get("/orders/" + orderId).statusCode()).isEqualTo(404);
		assertThat(otherBuyer.get("/my/reservations/" + reservationId).statusCode()).isEqualTo(404);
		assertThat(otherBuyer.page("/my/orders")).doesNotContain(orderId);
		WebSession otherDealer = session(actors.otherDealer().username());
		assertThat(otherDealer.get("/orders/" + orderId).statusCode()).isEqualTo(404);
		assertThat(otherDealer.page("/dealer/orders")).doesNotContain(orderId);
		assertThat(session(actors.inspector().username()).get("/orders/" + orderId).statusCode()).isEqualTo(404);

		String form = otherDealer.page("/dealer/orders");
		HttpResponse<String> foreignHandover = otherDealer.post("/orders/" + orderId + "/handover",
				Map.of("at", "2026-12-24T10:00", "_csrf", WebSession.csrf(form)));
		assertThat(foreignHandover.statusCode()).as("a foreign dealer's form is refused").isEqualTo(302);
		assertThat(trade.order(orderId, buyerToken).get("status").asString()).isEqualTo("PAID");
	}

	@Test
	void theTradePanelOffersEachVisitorWhatTheyMayDoAndFormsNeedTheirToken() {
		long listing = trade.publishedListing(6_600_000, 28_000);
		String anonymousPanel = WebSession.anonymous(port).page("/listings/" + listing + "/trade-panel?lang=en");
		assertThat(anonymousPanel).contains("id=\"reserve-sign-in\"").doesNotContain("id=\"reserve-form\"");
		assertThat(session(actors.dealer().username()).page("/listings/" + listing + "/trade-panel"))
			.doesNotContain("id=\"reserve-form\"");

		String buyerName = newBuyerName();
		WebSession buyer = session(buyerName);
		String panel = buyer.page("/listings/" + listing + "/trade-panel?lang=zh-CN");
		assertThat(panel).contains("id=\"reserve-form\"").contains("支付¥2,000定金预订");
		String key = panel.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
		assertThat(buyer.post("/listings/" + listing + "/reserve", Map.of("idempotencyKey", key)).statusCode())
			.as("no CSRF token").isEqualTo(403);
		String listingPage = buyer.page("/listings/" + listing);
		HttpResponse<String> dealerTry = session(actors.dealer().username()).post("/listings/" + listing + "/reserve",
				Map.of("idempotencyKey", UUID.randomUUID().toString(), "_csrf",
						WebSession.csrf(session(actors.dealer().username()).page("/dealer/inventory"))));
		assertThat(dealerTry.statusCode()).as("dealers do not reserve").isEqualTo(403);

		Map<String, String> fields = Map.of("idempotencyKey", key, "_csrf", WebSession.csrf(listingPage));
		HttpResponse<String> reserved = buyer.post("/listings/" + listing + "/reserve", fields);
		assertThat(reserved.statusCode()).isEqualTo(302);
		String location = reserved.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/my/reservations/");
		HttpResponse<String> doubleClick = buyer.post("/listings/" + listing + "/reserve", fields);
		assertThat(doubleClick.headers().firstValue("Location").orElseThrow()).as("a double click lands on the same reservation")
			.isEqualTo(location);
		assertThat(api.get("/api/v1/listings/" + listing).json().get("status").asString()).isEqualTo("RESERVED");
		assertThat(buyer.page("/listings/" + listing + "/trade-panel")).contains("id=\"my-reservation\"");
		assertThat(session(actors.buyer().username()).page("/listings/" + listing + "/trade-panel?lang=en"))
			.contains("Another buyer holds this car");
	}

	private String newBuyerName() {
		String username = "t-web-buyer-" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new NewAccount(username, TestActors.PASSWORD, username, Role.BUYER, null));
		return username;
	}

	private WebSession session(String username) {
		return WebSession.signedIn(port, username, TestActors.PASSWORD);
	}
}
