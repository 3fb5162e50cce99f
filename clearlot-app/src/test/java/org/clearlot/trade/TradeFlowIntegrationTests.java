package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The trade over the API, from reservation through order, delivery and return to the refund. */
@ClearlotIntegrationTest
class TradeFlowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	TradeFixture trade;
	String admin;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
		admin = api.token(trade.actors().admin().username(), TestActors.PASSWORD);
	}

	@Test
	void reservingNeedsAnIdempotencyKeyAndASecondBuyerGetsAConflict() {
		long listing = trade.publishedListing(9_800_000, 40_000);
		String buyer = trade.newBuyer();
		Response withoutKey = api.post("/api/v1/listings/" + listing + "/reservations", Map.of(), buyer);
		assertThat(withoutKey.status()).isEqualTo(400);
		assertThat(withoutKey.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");

		String key = UUID.randomUUID().toString();
		Response first = trade.reserve(listing, buyer, key);
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		JsonNode reservation = first.json();
		assertThat(reservation.get("status").asString()).isEqualTo("HELD");
		assertThat(reservation.get("listingId").asLong()).isEqualTo(listing);
		assertThat(reservation.get("depositFen").asLong()).isEqualTo(200_000);
		assertThat(OffsetDateTime.parse(reservation.get("expiresAt").asString()))
			.isAfter(OffsetDateTime.now().plusHours(71));
		assertThat(reservation.get("depositStatus").asString()).isEqualTo("PENDING");
		assertThat(reservation.get("checkoutUrl").asString()).startsWith("/sandbox/checkout/pi_");

		Response replay = trade.reserve(listing, buyer, key);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.text()).as("the same key replays the same response").isEqualTo(first.text());
		long other = trade.publishedListing(5_000_000, 10_000);
		Response reused = trade.reserve(other, buyer, key);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("rule").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

		Response second = trade.reserve(listing, trade.newBuyer(), UUID.randomUUID().toString());
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(api.get("/api/v1/listings/" + listing).json().get("status").asString()).isEqualTo("RESERVED");
	}

	@Test
	void theWholePathFromReservationToTheRefundOfAReturnedCar() {
		long listing = trade.publishedListing(9_800_000, 40_000);
		String buyer = trade.newBuyer();
		JsonNode reservation = trade.reservedAndPaid(listing, buyer);

		Response placed = api.post("/api/v1/orders", Map.of("reservationId", reservation.get("id").asString(),
				"delivery", Map.of("method", "REMOTE", "city", "Shanghai", "address", "上海市浦东新区世纪大道 100 号")), buyer);
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		JsonNode order = placed.json();
		String id = order.get("id").asString();
		assertThat(order.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
		assertThat(order.get("delivery").get("distanceKm").asInt()).as("Wuhan–Shanghai by road").isBetween(800, 1000);
		long fee = order.get("deliveryFeeFen").asLong();
		assertThat(fee).isEqualTo(50_000 + order.get("delivery").get("distanceKm").asLong() * 150);
		assertThat(order.get("balanceFen").asLong()).isEqualTo(9_800_000 + fee - 200_000);
		trade.pay(order.get("balancePayment").get("checkoutUrl").asString(), buyer);
		trade.awaitStatus(id, buyer, "PAID");

		String dealer = trade.dealerToken();
		Response handover = api.post("/api/v1/orders/" + id + "/handover",
				Map.of("at", OffsetDateTime.now().plusDays(3).toString(), "note", "car carrier leaves Monday"), dealer);
		assertThat(handover.status()).as(handover.text()).isEqualTo(200);
		assertThat(handover.json().get("status").asString()).isEqualTo("HANDOVER_SCHEDULED");
		assertThat(api.post("/api/v1/orders/" + id + "/delivery", Map.of("odometerKm", 40_100), dealer).status())
			.as("only the buyer confirms delivery").isEqualTo(403);
		Response delivered = api.post("/api/v1/orders/" + id + "/delivery", Map.of("odometerKm", 40_100), buyer);
		assertThat(delivered.status()).as(delivered.text()).isEqualTo(200);
		assertThat(delivered.json().get("status").asString()).isEqualTo("DELIVERED");
		assertThat(api.get("/api/v1/listings/" + listing).json().get("status").asString()).isEqualTo("SOLD");
		String vin = delivered.json().get("vin").asString();
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<String> readings = new ArrayList<>();
			api.get("/api/v1/vehicles/" + vin + "/history").json().get("mileageReadings")
				.forEach(r -> readings.add(r.get("source").asString() + " " + r.get("km").asInt()));
			assertThat(readings).as("the handover odometer is in the car's history").contains("HANDOVER 40100");
		});

		Response tooFar = api.post("/api/v1/orders/" + id + "/returns",
				Map.of("reasonCode", "NO_REASON", "odometerKm", 40_700), buyer);
		assertThat(tooFar.status()).isEqualTo(422);
		assertThat(tooFar.json().get("rule").asString()).isEqualTo("RETURN_DISTANCE_EXCEEDED");
		Response requested = api.post("/api/v1/orders/" + id + "/returns",
				Map.of("reasonCode", "NO_REASON", "reason", "不喜欢颜色", "odometerKm", 40_300), buyer);
		assertThat(requested.status()).as(requested.text()).isEqualTo(201);
		String returnId = requested.json().get("id").asString();
		assertThat(api.post("/api/v1/returns/" + returnId + "/receive", Map.of("odometerKm", 40_310), dealer).status())
			.isEqualTo(200);
		Response checked = api.post("/api/v1/returns/" + returnId + "/check", Map.of("passed", true, "notes", "as delivered"),
				dealer);
		assertThat(checked.status()).as(checked.text()).isEqualTo(200);
		assertThat(checked.json().get("refundFen").asLong()).isEqualTo(9_800_000 + fee);

		trade.awaitStatus(id, buyer, "REFUNDED");
		JsonNode refunded = trade.order(id, buyer);
		assertThat(refunded.get("refundedFen").asLong()).isEqualTo(9_800_000 + fee);
		assertThat(refunded.get("paidFen").asLong()).isZero();
		List<String> steps = new ArrayList<>();
		refunded.get("timeline").forEach(entry -> steps.add(entry.get("subject").asString() + ":" + entry.get("toStatus").asString()));
		assertThat(steps).containsSubsequence("RESERVATION:HELD", "PAYMENT:DEPOSIT_RECEIVED", "RESERVATION:ORDERED",
				"ORDER:AWAITING_PAYMENT", "PAYMENT:BALANCE_RECEIVED", "ORDER:PAID", "ORDER:HANDOVER_SCHEDULED",
				"ORDER:DELIVERED", "ORDER:RETURN_REQUESTED", "RETURN:REQUESTED", "RETURN:RECEIVED", "ORDER:RETURNED",
				"RETURN:APPROVED", "RETURN:REFUNDED", "ORDER:REFUNDED");
		assertThat(trade.order(id, dealer).get("timeline")).as("the dealer sees the same timeline")
			.hasSize(refunded.get("timeline").size());
		assertThat(api.get("/api/v1/listings/" + listing).json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(api.get("/api/v1/admin/ledger/trial-balance", admin).json().get("balanced").asBoolean()).isTrue();
	}

	@Test
	void aCancelledReservationReleasesTheCarAndRefundsTheDeposit() {
		long listing = trade.publishedListing(6_600_000, 70_000);
		String buyer = trade.newBuyer();
		JsonNode reservation = trade.reservedAndPaid(listing, buyer);
		String id = reservation.get("id").asString();
		assertThat(api.post("/api/v1/reservations/" + id + "/cancel", Map.of(), trade.newBuyer()).status())
			.as("another buyer does not see it").isEqualTo(404);
		Response cancelled = api.post("/api/v1/reservations/" + id + "/cancel", Map.of(), buyer);
		assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(api.get("/api/v1/listings/" + listing).json().get("status").asString()).isEqualTo("ACTIVE");
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				api.get("/api/v1/reservations/" + id, buyer).json().get("depositStatus").asString()).isEqualTo("REFUNDED"));
		assertThat(trade.reserve(listing, trade.newBuyer(), UUID.randomUUID().toString()).status())
			.as("the car can be reserved again").isEqualTo(201);
	}

	@Test
	void aForgedWebhookIsRefused() {
		String body = "{\"id\":\"evt_forged\",\"type\":\"payment_intent.captured\",\"created\":" + (System.currentTimeMillis() / 1000)
				+ ",\"data\":{\"intent\":\"pi_x\",\"amountFen\":100}}";
		Response unsigned = api.postRaw("/api/v1/payments/webhooks/sandbox", "application/json", body, null);
		assertThat(unsigned.status()).isEqualTo(400);
		assertThat(unsigned.json().get("detail").asString()).contains("Sandbox-Signature");
		Response forged = api.post("/api/v1/payments/webhooks/sandbox", body, null,
				Map.of("Sandbox-Signature", "t=" + (System.currentTimeMillis() / 1000) + ",v1=00ff"));
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.json().get("detail").asString()).contains("does not match");
	}
}
