package org.clearlot.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TradeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks as a real provider delivers them: the same event twice, events out of order, the same outcome reported
 * under a new event id. Money is credited exactly once, and only by a correctly signed webhook.
 */
@ClearlotIntegrationTest
class WebhookDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	SandboxSignature signature;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void duplicatedAndOutOfOrderWebhooksCreditTheDepositOnce() {
		Api api = new Api(port);
		TradeFixture trade = new TradeFixture(api, identity);
		String buyer = trade.newBuyer();
		Response reserved = trade.reserve(trade.publishedListing(7_000_000, 50_000), buyer, UUID.randomUUID().toString());
		JsonNode reservation = reserved.json();
		String checkout = reservation.get("checkoutUrl").asString();
		String intent = checkout.substring(checkout.lastIndexOf('/') + 1);
		String paymentId = reservation.get("depositPaymentId").asString();
		long amount = reservation.get("depositFen").asLong();

		String captured = event("evt_test_captured_" + intent, "payment_intent.captured", intent, paymentId, amount);
		assertThat(post(api, captured).json().get("effective").asBoolean()).as("capture before authorization").isTrue();
		assertThat(post(api, captured).json().get("effective").asBoolean()).as("the same event again").isFalse();
		assertThat(post(api, event("evt_test_authorized_" + intent, "payment_intent.authorized", intent, paymentId, amount))
			.json().get("effective").asBoolean()).as("an authorization arriving after its capture").isFalse();
		assertThat(post(api, event("evt_test_captured_again_" + intent, "payment_intent.captured", intent, paymentId, amount))
			.json().get("effective").asBoolean()).as("the capture under a new event id").isFalse();

		String reference = "reservation:" + reservation.get("id").asString();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger.transactions WHERE reference = ? AND kind = 'PAYMENT_CAPTURED'",
				Long.class, reference)).isEqualTo(1L);
		assertThat(jdbc.queryForObject("""
				SELECT sum(e.credit_fen) FROM ledger.entries e JOIN ledger.transactions t ON t.id = e.transaction_id
				JOIN ledger.accounts a ON a.id = e.account_id WHERE t.reference = ? AND a.type = 'ESCROW'""", Long.class,
				reference)).isEqualTo(amount);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/v1/reservations/"
				+ reservation.get("id").asString(), buyer).json().get("depositStatus").asString()).isEqualTo("PAID"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trade.timeline WHERE reservation_id = ?::uuid AND to_status = 'DEPOSIT_RECEIVED'",
				Long.class, reservation.get("id").asString())).isEqualTo(1L);
	}

	@Test
	void aWebhookSignedWithAnotherKeyOrTooOldIsRefused() {
		Api api = new Api(port);
		String body = event("evt_test_old", "payment_intent.captured", "pi_unknown", UUID.randomUUID().toString(), 100);
		Response old = api.post(SandboxWebhookController.PATH, body, null,
				Map.of(SandboxSignature.HEADER, signature.sign(body, Instant.now().minus(Duration.ofMinutes(10)))));
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.json().get("detail").asString()).contains("minutes off");
		Response tampered = api.post(SandboxWebhookController.PATH, body.replace("100", "100000"), null,
				Map.of(SandboxSignature.HEADER, signature.sign(body, Instant.now())));
		assertThat(tampered.status()).isEqualTo(400);
		Response unknown = api.post(SandboxWebhookController.PATH, body, null,
				Map.of(SandboxSignature.HEADER, signature.sign(body, Instant.now())));
		assertThat(unknown.status()).as("a signed event for an unknown payment is acknowledged, and ignored").isEqualTo(200);
		assertThat(unknown.json().get("effective").asBoolean()).isFalse();
	}

	private Response post(Api api, String body) {
		Response response = api.post(SandboxWebhookController.PATH, body, null,
				Map.of(SandboxSignature.HEADER, signature.sign(body, Instant.now())));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response;
	}

	private static String event(String id, String type, String intent, String merchantReference, long amountFen) {
		return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created\":" + Instant.now().getEpochSecond()
				+ ",\"data\":{\"intent\":\"" + intent + "\",\"merchantReference\":\"" + merchantReference
				+ "\",\"amountFen\":" + amountFen + "}}";
	}
}
