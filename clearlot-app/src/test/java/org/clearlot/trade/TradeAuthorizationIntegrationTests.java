package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every trade endpoint against every role, on a deal of BUYER with DEALER's organization: a buyer sees and acts on
 * only their own reservations and orders (another buyer gets 404), a dealer only its organization's (another
 * organization gets 404), each transition only by the party allowed to make it. Each case builds a fresh deal.
 */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeAuthorizationIntegrationTests {

	enum Caller { ANONYMOUS, BUYER, OTHER_BUYER, DEALER, OTHER_DEALER, INSPECTOR, ADMIN, TELEMETRY, RECYCLER }

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	TradeFixture trade;
	final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	@BeforeAll
	void signIn() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
		TestActors actors = trade.actors();
		tokens.put(Caller.BUYER, trade.newBuyer());
		tokens.put(Caller.OTHER_BUYER, trade.newBuyer());
		tokens.put(Caller.DEALER, trade.dealerToken());
		tokens.put(Caller.OTHER_DEALER, api.token(actors.otherDealer().username(), TestActors.PASSWORD));
		tokens.put(Caller.INSPECTOR, api.token(actors.inspector().username(), TestActors.PASSWORD));
		tokens.put(Caller.ADMIN, api.token(actors.admin().username(), TestActors.PASSWORD));
		tokens.put(Caller.TELEMETRY, api.token(actors.telemetry().username(), TestActors.PASSWORD));
		tokens.put(Caller.RECYCLER, api.token(actors.recycler().username(), TestActors.PASSWORD));
	}

	static Stream<Arguments> matrix() {
		//            endpoint                                   anon buyer other dealer otherD insp admin
		return Stream.of(
				row("POST /listings/{id}/reservations", 401, 201, 201, 403, 403, 403, 403),
				row("GET /reservations/{id}", 401, 200, 404, 200, 404, 403, 200),
				row("POST /reservations/{id}/cancel", 401, 200, 404, 403, 403, 403, 200),
				row("POST /reservations/{id}/deposit-payment", 401, 200, 404, 403, 403, 403, 403),
				row("GET /me/reservations", 401, 200, 200, 403, 403, 403, 403),
				row("POST /sandbox/checkout/{intent}/pay", 401, 202, 404, 403, 403, 403, 403),
				row("POST /orders", 401, 201, 404, 403, 403, 403, 403),
				row("GET /orders/{id}", 401, 200, 404, 200, 404, 403, 200),
				row("GET /me/orders", 401, 200, 200, 403, 403, 403, 403),
				row("GET /dealer/orders", 401, 403, 403, 200, 200, 403, 403),
				row("POST /orders/{id}/balance-payment", 401, 200, 404, 403, 403, 403, 403),
				row("POST /orders/{id}/handover", 401, 403, 403, 200, 404, 403, 403),
				row("POST /orders/{id}/delivery", 401, 200, 404, 403, 403, 403, 403),
				row("POST /orders/{id}/cancel", 401, 200, 404, 200, 404, 403, 200),
				row("POST /orders/{id}/returns", 401, 201, 404, 403, 403, 403, 403),
				row("POST /returns/{id}/receive", 401, 403, 403, 200, 404, 403, 403),
				row("POST /returns/{id}/check", 401, 403, 403, 200, 404, 403, 403),
				row("POST /orders/{id}/disputes", 401, 201, 404, 403, 403, 403, 403),
				row("GET /disputes/{id}", 401, 200, 404, 200, 404, 403, 200),
				row("POST /disputes/{id}/messages", 401, 200, 404, 200, 404, 403, 200),
				row("POST /disputes/{id}/decision", 401, 403, 403, 403, 403, 403, 200),
				row("GET /admin/disputes", 401, 403, 403, 403, 403, 403, 200),
				row("GET /admin/ledger/trial-balance", 401, 403, 403, 403, 403, 403, 200),
				row("GET /admin/ledger/transactions", 401, 403, 403, 403, 403, 403, 200),
				row("POST /payments/webhooks/sandbox unsigned", 400, 400, 400, 400, 400, 400, 400));
	}

	/** A row where the telemetry and recycler machine accounts are refused by role (403), or anonymous-like. */
	private static Arguments row(String endpoint, int anonymous, int buyer, int otherBuyer, int dealer, int otherDealer,
			int inspector, int admin) {
		Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
		expected.putAll(Map.of(Caller.ANONYMOUS, anonymous, Caller.BUYER, buyer, Caller.OTHER_BUYER, otherBuyer,
				Caller.DEALER, dealer, Caller.OTHER_DEALER, otherDealer, Caller.INSPECTOR, inspector, Caller.ADMIN,
				admin, Caller.TELEMETRY, anonymous == 400 ? 400 : 403, Caller.RECYCLER, anonymous == 400 ? 400 : 403));
		return Arguments.of(endpoint, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void eachRoleGetsExactlyWhatItMay(String endpoint, Map<Caller, Integer> expected) {
		for (Caller caller : Caller.values()) {
			Response response = call(endpoint, caller, tokens.get(caller));
			assertThat(response.status()).as("%s as %s: %s", endpoint, caller, response.text())
				.isEqualTo(expected.get(caller));
			if (response.status() >= 400) {
				assertThat(response.isProblem()).as("%s as %s answers problem+json", endpoint, caller).isTrue();
			}
		}
	}

	private Response call(String endpoint, Caller caller, String token) {
		return switch (endpoint) {
			case "POST /listings/{id}/reservations" -> api.post("/api/v1/listings/" + listing() + "/reservations",
					Map.of(), token, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
			case "GET /reservations/{id}" -> api.get("/api/v1/reservations/" + reservation(false), token);
			case "POST /reservations/{id}/cancel" -> api.post("/api/v1/reservations/" + reservation(false) + "/cancel",
					Map.of(), token);
			case "POST /reservations/{id}/deposit-payment" -> api.post("/api/v1/reservations/" + reservation(false)
					+ "/deposit-payment", Map.of(), token);
			case "GET /me/reservations" -> api.get("/api/v1/me/reservations", token);
			case "POST /sandbox/checkout/{intent}/pay" -> api.post("/api/v1/sandbox/checkout/" + depositIntent()
					+ "/pay", Map.of(), token);
			case "POST /orders" -> api.post("/api/v1/orders", Map.of("reservationId", reservation(true), "delivery",
					Map.of("method", "PICKUP")), token);
			case "GET /orders/{id}" -> api.get("/api/v1/orders/" + order(), token);
			case "GET /me/orders" -> api.get("/api/v1/me/orders", token);
			case "GET /dealer/orders" -> api.get("/api/v1/dealer/orders", token);
			case "POST /orders/{id}/balance-payment" -> api.post("/api/v1/orders/" + order() + "/balance-payment",
					Map.of(), token);
			case "POST /orders/{id}/handover" -> api.post("/api/v1/orders/" + paidOrder() + "/handover",
					Map.of("at", OffsetDateTime.now().plusDays(1).toString()), token);
			case "POST /orders/{id}/delivery" -> api.post("/api/v1/orders/" + scheduledOrder() + "/delivery",
					Map.of("odometerKm", 30_050), token);
			case "POST /orders/{id}/cancel" -> api.post("/api/v1/orders/" + paidOrder() + "/cancel",
					Map.of("reason", "changed my mind"), token);
			case "POST /orders/{id}/returns" -> api.post("/api/v1/orders/" + deliveredOrder() + "/returns",
					Map.of("reasonCode", "NO_REASON", "odometerKm", 30_100), token);
			case "POST /returns/{id}/receive" -> api.post("/api/v1/returns/" + requestedReturn() + "/receive",
					Map.of("odometerKm", 30_100), token);
			case "POST /returns/{id}/check" -> api.post("/api/v1/returns/" + receivedReturn() + "/check",
					Map.of("passed", true), token);
			case "POST /orders/{id}/disputes" -> api.post("/api/v1/orders/" + paidOrder() + "/disputes",
					Map.of("reason", "the dealer does not answer"), token);
			case "GET /disputes/{id}" -> api.get("/api/v1/disputes/" + dispute(), token);
			case "POST /disputes/{id}/messages" -> api.post("/api/v1/disputes/" + dispute() + "/messages",
					Map.of("message", "see the photos"), token);
			case "POST /disputes/{id}/decision" -> api.post("/api/v1/disputes/" + dispute() + "/decision",
					Map.of("outcome", "REJECTED", "decision", "no fault found"), token);
			case "GET /admin/disputes" -> api.get("/api/v1/admin/disputes", token);
			case "GET /admin/ledger/trial-balance" -> api.get("/api/v1/admin/ledger/trial-balance", token);
			case "GET /admin/ledger/transactions" -> api.get("/api/v1/admin/ledger/transactions", token);
			case "POST /payments/webhooks/sandbox unsigned" -> api.postRaw("/api/v1/payments/webhooks/sandbox",
					"application/json", "{\"id\":\"evt_1\",\"type\":\"payment_intent.captured\"}", token);
			default -> throw new IllegalArgumentException(endpoint);
		};
	}

	private long listing() {
		return trade.publishedListing(6_000_000, 30_000);
	}

	private String buyer() {
		return tokens.get(Caller.BUYER);
	}

	/** A held reservation of BUYER; with its deposit paid when asked. */
	private String reservation(boolean paid) {
		if (paid) {
			return trade.reservedAndPaid(listing(), buyer()).get("id").asString();
		}
		Response reserved = trade.reserve(listing(), buyer(), UUID.randomUUID().toString());
		assertThat(reserved.status()).isEqualTo(201);
		return reserved.json().get("id").asString();
	}

	private String depositIntent() {
		Response reserved = trade.reserve(listing(), buyer(), UUID.randomUUID().toString());
		String checkout = reserved.json().get("checkoutUrl").asString();
		return checkout.substring(checkout.lastIndexOf('/') + 1);
	}

	/** An order of BUYER awaiting its balance. */
	private String order() {
		Response placed = api.post("/api/v1/orders", Map.of("reservationId", reservation(true), "delivery",
				Map.of("method", "PICKUP")), buyer());
		assertThat(placed.status()).isEqualTo(201);
		return placed.json().get("id").asString();
	}

	private String paidOrder() {
		return trade.orderedAndPaid(reservation(true), buyer());
	}

	private String scheduledOrder() {
		String id = paidOrder();
		assertThat(api.post("/api/v1/orders/" + id + "/handover", Map.of("at", OffsetDateTime.now().plusDays(1).toString()),
				tokens.get(Caller.DEALER)).status()).isEqualTo(200);
		return id;
	}

	private String deliveredOrder() {
		String id = scheduledOrder();
		assertThat(api.post("/api/v1/orders/" + id + "/delivery", Map.of("odometerKm", 30_050), buyer()).status())
			.isEqualTo(200);
		return id;
	}

	private String requestedReturn() {
		Response requested = api.post("/api/v1/orders/" + deliveredOrder() + "/returns",
				Map.of("reasonCode", "NO_REASON", "odometerKm", 30_100), buyer());
		assertThat(requested.status()).isEqualTo(201);
		return requested.json().get("id").asString();
	}

	private String receivedReturn() {
		String id = requestedReturn();
		assertThat(api.post("/api/v1/returns/" + id + "/receive", Map.of("odometerKm", 30_100), tokens.get(Caller.DEALER))
			.status()).isEqualTo(200);
		return id;
	}

	private String dispute() {
		Response opened = api.post("/api/v1/orders/" + paidOrder() + "/disputes", Map.of("reason", "no answer"), buyer());
		assertThat(opened.status()).isEqualTo(201);
		JsonNode dispute = opened.json();
		return dispute.get("id").asString();
	}
}
