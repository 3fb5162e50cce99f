package org.clearlot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.clearlot.support.WebSession;
import org.clearlot.trade.TradeStatusChanged;
import org.clearlot.trade.TradeStatusChanged.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every state change of a deal reaches its buyer and the selling dealer (disputes also the admins), once. The
 * listener is asynchronous (a module listener), so the tests wait for its rows.
 */
@ClearlotIntegrationTest
class NotificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	TradeNotifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	TradeFixture trade;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
	}

	@Test
	void theBuyerAndTheSellingDealerAreToldAndNobodyElse() {
		long listing = trade.publishedListing(4_900_000, 60_000);
		String buyer = trade.newBuyer();
		String orderId = trade.delivered(listing, buyer, 60_010);
		String vin = trade.order(orderId, buyer).get("vin").asString();
		String dealer = trade.dealerToken();

		List<String> expected = List.of("RESERVATION:HELD", "PAYMENT:DEPOSIT_RECEIVED", "ORDER:AWAITING_PAYMENT",
				"ORDER:PAID", "ORDER:HANDOVER_SCHEDULED", "ORDER:DELIVERED");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(changes(buyer, vin)).containsAll(expected);
			assertThat(changes(dealer, vin)).containsAll(expected);
		});
		JsonNode inbox = api.get("/api/v1/me/notifications", buyer).json();
		assertThat(inbox.get("unread").asLong()).isGreaterThanOrEqualTo(expected.size());
		JsonNode paid = find(inbox, vin, "ORDER", "PAID");
		assertThat(paid.get("link").asString()).isEqualTo("/orders/" + orderId);
		assertThat(paid.get("unread").asBoolean()).isTrue();

		String otherBuyer = api.token(trade.actors().buyer().username(), TestActors.PASSWORD);
		String otherDealer = api.token(trade.actors().otherDealer().username(), TestActors.PASSWORD);
		String admin = api.token(trade.actors().admin().username(), TestActors.PASSWORD);
		assertThat(changes(otherBuyer, vin)).isEmpty();
		assertThat(changes(otherDealer, vin)).isEmpty();
		assertThat(changes(admin, vin)).as("admins hear of disputes only").isEmpty();

		Response dispute = api.post("/api/v1/orders/" + orderId + "/disputes", Map.of("reason", "The seats smell of smoke"),
				buyer);
		assertThat(dispute.status()).as(dispute.text()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(changes(admin, vin)).containsExactly("DISPUTE:OPEN"));

		Response read = api.post("/api/v1/me/notifications/read", Map.of(), buyer);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("unread").asLong()).isZero();
		assertThat(find(read.json(), vin, "ORDER", "PAID").get("unread").asBoolean()).isFalse();
		WebSession dealerPages = WebSession.signedIn(port, trade.actors().dealer().username(), TestActors.PASSWORD);
		assertThat(dealerPages.page("/notifications/badge")).contains("id=\"notification-badge\"");
		assertThat(dealerPages.page("/notifications?lang=en")).contains("Dispute opened", "Order paid")
			.contains("cl-unread").doesNotContain("??");
		assertThat(dealerPages.page("/notifications?lang=zh-CN")).contains("已发起纠纷", "订单已付款").doesNotContain("??");
		assertThat(dealerPages.page("/notifications")).as("read once shown").doesNotContain("cl-unread");
		assertThat(dealerPages.page("/notifications/badge")).doesNotContain("notification-badge");
	}

	@Test
	void aResubmittedEventNotifiesOnce() {
		UUID buyer = UUID.randomUUID();
		UUID organization = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		TradeStatusChanged change = new TradeStatusChanged(Subject.DISPUTE, UUID.randomUUID(), UUID.randomUUID(), order,
				42L, "LSVNV4189N2000001", buyer, organization, null, "OPEN", Instant.parse("2026-12-01T08:00:00Z"));
		notifications.on(change);
		notifications.on(change);
		notifications.on(change);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM notification.notifications WHERE link = ?", Long.class, "/orders/" + order))
			.as("buyer, dealer organization and admins, each once").isEqualTo(3));
		Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("SELECT count(*) FROM notification.notifications WHERE link = ?", Long.class,
						"/orders/" + order)).isEqualTo(3));
	}

	private List<String> changes(String token, String vin) {
		List<String> changes = new ArrayList<>();
		api.get("/api/v1/me/notifications", token).json().get("items").forEach(item -> {
			if (vin.equals(item.get("vin").asString())) {
				changes.add(item.get("subject").asString() + ":" + item.get("toStatus").asString());
			}
		});
		return changes;
	}

	private static JsonNode find(JsonNode inbox, String vin, String subject, String toStatus) {
		for (JsonNode item : inbox.get("items")) {
			if (vin.equals(item.get("vin").asString()) && subject.equals(item.get("subject").asString())
					&& toStatus.equals(item.get("toStatus").asString())) {
				return item;
			}
		}
		throw new AssertionError("no " + subject + ":" + toStatus + " notification for " + vin + " in " + inbox);
	}
}
