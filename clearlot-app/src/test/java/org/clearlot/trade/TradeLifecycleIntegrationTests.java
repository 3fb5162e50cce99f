package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.clearlot.trade.order.OrderService;
import org.clearlot.trade.order.OrderStore;
import org.clearlot.trade.reservation.ReservationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the clock does to deals and what the rules refuse: completion when the return window closes (only then a
 * sale), the return rules after it, reservations that lapse, refund-only decided by an admin, and idempotency keys
 * under retries and races. Deadlines are moved into the past in the database instead of waiting for them.
 */
@ClearlotIntegrationTest
class TradeLifecycleIntegrationTests {

	private static final long PRICE_FEN = 8_650_000;
	/** The test configuration's platform fee, 2 % of the price. */
	private static final long PLATFORM_FEE_FEN = 173_000;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrderService orders;

	@Autowired
	OrderStore orderStore;

	@Autowired
	ReservationService reservations;

	@Autowired
	JdbcTemplate jdbc;

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
	void anOrderCompletesWhenItsReturnWindowClosesAndOnlyThenCountsAsASale() {
		long listing = trade.publishedListing(PRICE_FEN, 52_000);
		String buyer = trade.newBuyer();
		String orderId = trade.delivered(listing, buyer, 52_010);
		UUID organization = trade.actors().dealerOrg().id();
		long salesBefore = orderStore.completedSales(organization);
		long payableBefore = dealerPayable(organization);
		long feesBefore = balance("PLATFORM_FEES", null);

		assertThat(orders.complete(UUID.fromString(orderId))).as("the window is still open").isFalse();
		assertThat(orderStore.completedSales(organization)).as("a delivered order is not a sale yet").isEqualTo(salesBefore);

		closeReturnWindow(orderId);
		assertThat(orders.dueForCompletion(1_000)).contains(UUID.fromString(orderId));
		orders.complete(UUID.fromString(orderId));
		assertThat(orders.complete(UUID.fromString(orderId))).as("completing twice changes nothing").isFalse();

		assertThat(trade.order(orderId, buyer).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(orderStore.completedSales(organization)).isEqualTo(salesBefore + 1);
		assertThat(dealerPayable(organization) - payableBefore).as("escrow released to the dealer once, minus the fee")
			.isEqualTo(PRICE_FEN - PLATFORM_FEE_FEN);
		assertThat(balance("PLATFORM_FEES", null) - feesBefore).isEqualTo(PLATFORM_FEE_FEN);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger.transactions WHERE idempotency_key = ?", Long.class,
				"order:" + orderId + ":completed")).isEqualTo(1);
		assertThat(trial().get("balanced").asBoolean()).isTrue();
		String panel = api.get("/listings/" + listing + "/trade-panel").text();
		assertThat(panel).contains("id=\"trade-state\"").contains("status-SOLD");

		Response late = api.post("/api/v1/orders/" + orderId + "/returns",
				Map.of("reasonCode", "NO_REASON", "odometerKm", 52_050), buyer);
		assertThat(late.status()).isEqualTo(422);
		assertThat(late.json().get("rule").asString()).isEqualTo("RETURN_WINDOW_CLOSED");
		Response unfounded = api.post("/api/v1/orders/" + orderId + "/returns",
				Map.of("reasonCode", "UNDISCLOSED_CONDITION", "odometerKm", 52_050), buyer);
		assertThat(unfounded.status()).isEqualTo(422);
		assertThat(unfounded.json().get("rule").asString()).isEqualTo("RETURN_CONDITION_DISCLOSED");
	}

	@Test
	void aFloodTheReportAtTheSaleMissedAllowsAReturnAfterCompletionPaidBackByTheDealer() {
		long listing = trade.publishedListing(PRICE_FEN, 61_000);
		String buyer = trade.newBuyer();
		String orderId = trade.delivered(listing, buyer, 61_005);
		closeReturnWindow(orderId);
		orders.complete(UUID.fromString(orderId));
		UUID organization = trade.actors().dealerOrg().id();
		long payableAfterSale = dealerPayable(organization);
		long feesAfterSale = balance("PLATFORM_FEES", null);
		String vin = trade.order(orderId, buyer).get("vin").asString();

		String inspector = api.token(trade.actors().inspector().username(), TestActors.PASSWORD);
		Response report = api.post("/api/v1/vehicles/" + vin + "/inspections", Map.of(
				"inspectedAt", OffsetDateTime.now().minusMinutes(5).toString(), "odometerKm", 61_400,
				"tradability", Map.of("allPassed", true),
				"flood", Map.of("soakedItems", List.of("CARPET", "FLOOR_HARNESS", "UNDER_SEAT"))), inspector);
		assertThat(report.status()).as(report.text()).isEqualTo(201);
		assertThat(report.json().get("flood").asBoolean()).isTrue();

		Response[] requested = new Response[1];
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			requested[0] = api.post("/api/v1/orders/" + orderId + "/returns",
					Map.of("reasonCode", "UNDISCLOSED_CONDITION", "reason", "泡水车", "odometerKm", 61_420), buyer);
			assertThat(requested[0].status()).as(requested[0].text()).isEqualTo(201);
		});
		String returnId = requested[0].json().get("id").asString();
		String dealer = trade.dealerToken();
		assertThat(api.post("/api/v1/returns/" + returnId + "/receive", Map.of("odometerKm", 61_430), dealer).status())
			.isEqualTo(200);
		Response checked = api.post("/api/v1/returns/" + returnId + "/check", Map.of("passed", true), dealer);
		assertThat(checked.status()).as(checked.text()).isEqualTo(200);
		assertThat(checked.json().get("refundFen").asLong()).as("no fee on an undisclosed flood").isEqualTo(PRICE_FEN);

		trade.awaitStatus(orderId, buyer, "REFUNDED");
		assertThat(trade.order(orderId, buyer).get("refundedFen").asLong()).isEqualTo(PRICE_FEN);
		assertThat(payableAfterSale - dealerPayable(organization)).as("the dealer pays back what the sale paid it")
			.isEqualTo(PRICE_FEN - PLATFORM_FEE_FEN);
		assertThat(feesAfterSale - balance("PLATFORM_FEES", null)).as("and the platform its fee")
			.isEqualTo(PLATFORM_FEE_FEN);
		assertThat(trial().get("balanced").asBoolean()).isTrue();
	}

	@Test
	void anUnpaidReservationLapsesAtItsDeadlineAndAPaidOneAtTheEndOfTheHold() {
		long unpaidListing = trade.publishedListing(5_100_000, 30_000);
		String buyer = trade.newBuyer();
		Response unpaid = trade.reserve(unpaidListing, buyer, UUID.randomUUID().toString());
		assertThat(unpaid.status()).isEqualTo(201);
		UUID unpaidId = UUID.fromString(unpaid.json().get("id").asString());
		assertThat(reservations.expire(unpaidId)).as("not due yet").isFalse();
		jdbc.update("UPDATE trade.reservations SET pay_by = now() - interval '1 minute' WHERE id = ?", unpaidId);
		assertThat(reservations.due(1_000)).contains(unpaidId);
		reservations.expire(unpaidId);
		assertThat(reservations.expire(unpaidId)).as("expiring twice changes nothing").isFalse();
		assertThat(api.get("/api/v1/reservations/" + unpaidId, buyer).json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(api.get("/api/v1/listings/" + unpaidListing).json().get("status").asString()).isEqualTo("ACTIVE");

		long paidListing = trade.publishedListing(5_200_000, 31_000);
		String paidId = trade.reservedAndPaid(paidListing, buyer).get("id").asString();
		jdbc.update("UPDATE trade.reservations SET expires_at = now() - interval '1 minute' WHERE id = ?::uuid", paidId);
		reservations.expire(UUID.fromString(paidId));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get("/api/v1/reservations/" + paidId, buyer).json().get("depositStatus").asString())
			.isEqualTo("REFUNDED"));
		assertThat(api.get("/api/v1/reservations/" + paidId, buyer).json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(api.get("/api/v1/listings/" + paidListing).json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(trade.reserve(paidListing, trade.newBuyer(), UUID.randomUUID().toString()).status())
			.as("the released car can be reserved again").isEqualTo(201);
		assertThat(trial().get("balanced").asBoolean()).isTrue();
	}

	@Test
	void anAdminDecidesARefundWithoutReturnAfterTheDealerAnswered() {
		long listing = trade.publishedListing(PRICE_FEN, 44_000);
		String buyer = trade.newBuyer();
		String orderId = trade.delivered(listing, buyer, 44_020);
		String dealer = trade.dealerToken();

		Response opened = api.post("/api/v1/orders/" + orderId + "/disputes",
				Map.of("reason", "The second key promised in the listing is missing"), buyer);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		String disputeId = opened.json().get("id").asString();
		assertThat(api.post("/api/v1/disputes/" + disputeId + "/decision",
				Map.of("outcome", "REFUND", "refundFen", 80_000, "decision", "no"), buyer).status())
			.as("only admins decide").isEqualTo(403);
		Response answered = api.post("/api/v1/disputes/" + disputeId + "/messages",
				Map.of("message", "We offer ¥800 towards a new key"), dealer);
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(api.get("/api/v1/disputes/" + disputeId, buyer).json().get("status").asString()).isEqualTo("ANSWERED");
		Response decided = api.post("/api/v1/disputes/" + disputeId + "/decision",
				Map.of("outcome", "REFUND", "refundFen", 80_000, "decision", "Refund the cost of a key"), admin);
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
		assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				trade.order(orderId, buyer).get("refundedFen").asLong()).isEqualTo(80_000));
		JsonNode order = trade.order(orderId, buyer);
		assertThat(order.get("status").asString()).as("the buyer keeps the car").isEqualTo("DELIVERED");
		List<String> steps = new ArrayList<>();
		order.get("timeline").forEach(e -> steps.add(e.get("subject").asString() + ":" + e.get("toStatus").asString()));
		assertThat(steps).containsSubsequence("DISPUTE:OPEN", "DISPUTE:ANSWERED", "DISPUTE:DECIDED");
		assertThat(api.post("/api/v1/disputes/" + disputeId + "/messages", Map.of("message", "again"), buyer).status())
			.as("a decided dispute takes no more messages").isEqualTo(409);
		assertThat(trial().get("balanced").asBoolean()).isTrue();
	}

	@Test
	void theSameKeyReplaysTheSameAnswerEvenWhenRetriesRaceAndADifferentBodyIsRefused() throws Exception {
		long listing = trade.publishedListing(6_300_000, 20_000);
		String buyer = trade.newBuyer();
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Response>> retries = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				retries.add(pool.submit(() -> trade.reserve(listing, buyer, key)));
			}
			List<String> ids = new ArrayList<>();
			for (Future<Response> retry : retries) {
				Response response = retry.get();
				assertThat(response.status()).as(response.text()).isEqualTo(201);
				ids.add(response.json().get("id").asString());
			}
			assertThat(ids).as("every retry gets the one reservation").containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trade.reservations WHERE listing_id = ?", Long.class, listing))
			.isEqualTo(1);


		long paidListing = trade.publishedListing(6_400_000, 21_000);
		String reservationId = trade.reservedAndPaid(paidListing, buyer).get("id").asString();
		String orderKey = UUID.randomUUID().toString();
		Map<String, Object> pickup = Map.of("reservationId", reservationId, "delivery", Map.of("method", "PICKUP"));
		Response placed = api.post("/api/v1/orders", pickup, buyer, Map.of("Idempotency-Key", orderKey));
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		Response replayed = api.post("/api/v1/orders", pickup, buyer, Map.of("Idempotency-Key", orderKey));
		assertThat(replayed.status()).isEqualTo(201);
		assertThat(replayed.json().get("id").asString()).isEqualTo(placed.json().get("id").asString());
		Response changed = api.post("/api/v1/orders", Map.of("reservationId", reservationId, "delivery",
				Map.of("method", "HOME_DELIVERY", "city", "Wuhan", "address", "武汉市江汉区解放大道 1 号")), buyer,
				Map.of("Idempotency-Key", orderKey));
		assertThat(changed.status()).isEqualTo(422);
		assertThat(changed.json().get("rule").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trade.orders WHERE reservation_id = ?::uuid", Long.class,
				reservationId)).isEqualTo(1);
	}

	private void closeReturnWindow(String orderId) {
		jdbc.update("UPDATE trade.orders SET return_window_ends_at = now() - interval '1 minute' WHERE id = ?::uuid",
				orderId);
	}

	private JsonNode trial() {
		return api.get("/api/v1/admin/ledger/trial-balance", admin).json();
	}

	private long dealerPayable(UUID organization) {
		return balance("DEALER_PAYABLE", organization);
	}

	/** An account's balance from the trial balance; {@code owner} null for the platform's own accounts. */
	private long balance(String type, UUID owner) {
		for (JsonNode account : trial().get("accounts")) {
			String accountOwner = account.hasNonNull("ownerId") ? account.get("ownerId").asString() : null;
			if (type.equals(account.get("type").asString())
					&& java.util.Objects.equals(owner == null ? null : owner.toString(), accountOwner)) {
				return account.get("balanceFen").asLong();
			}
		}
		return 0;
	}
}
