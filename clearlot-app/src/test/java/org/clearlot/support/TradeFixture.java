package org.clearlot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.Role;
import org.clearlot.support.Api.Response;
import tools.jackson.databind.JsonNode;

/**
 * Test steps of the trade over the API: a published car of the test dealer, fresh buyers, reserving with an
 * idempotency key, paying at the sandbox checkout (API variant) and waiting for the provider's webhook.
 */
public final class TradeFixture {

	private final Api api;
	private final IdentityApi identity;
	private final TestActors actors;
	private final String dealer;

	public TradeFixture(Api api, IdentityApi identity) {
		this.api = api;
		this.identity = identity;
		this.actors = TestActors.in(identity);
		this.dealer = api.token(actors.dealer().username(), TestActors.PASSWORD);
	}

	public TestActors actors() {
		return actors;
	}

	public String dealerToken() {
		return dealer;
	}

	/** A published listing of the test dealer (Wuhan) for a new ICE car; returns its id. */
	public long publishedListing(long priceFen, int mileageKm) {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
		Response created = api.post("/api/v1/listings", Payloads.listing(vin, priceFen, mileageKm, "Wuhan"), dealer);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.post("/api/v1/listings/" + id + "/publish", Map.of(), dealer).status()).isEqualTo(200);
		return id;
	}

	/** A new buyer account; returns its token. */
	public String newBuyer() {
		String username = "t-buyer-" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new NewAccount(username, TestActors.PASSWORD, username, Role.BUYER, null));
		return api.token(username, TestActors.PASSWORD);
	}

	public Response reserve(long listingId, String buyer, String key) {
		return api.post("/api/v1/listings/" + listingId + "/reservations", Map.of(), buyer,
				Map.of("Idempotency-Key", key));
	}

	/** Reserves and pays the deposit, waiting until the provider's webhook confirmed it; returns the reservation. */
	public JsonNode reservedAndPaid(long listingId, String buyer) {
		Response reserved = reserve(listingId, buyer, UUID.randomUUID().toString());
		assertThat(reserved.status()).as(reserved.text()).isEqualTo(201);
		String id = reserved.json().get("id").asString();
		pay(reserved.json().get("checkoutUrl").asString(), buyer);
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				api.get("/api/v1/reservations/" + id, buyer).json().get("depositStatus").asString()).isEqualTo("PAID"));
		return api.get("/api/v1/reservations/" + id, buyer).json();
	}

	/** Pays at the sandbox checkout named by a checkout URL ({@code /sandbox/checkout/pi_…}). */
	public void pay(String checkoutUrl, String buyer) {
		String intent = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
		Response paid = api.post("/api/v1/sandbox/checkout/" + intent + "/pay", Map.of(), buyer);
		assertThat(paid.status()).as(paid.text()).isEqualTo(202);
	}

	/** Places an order for pickup and pays its balance, waiting for the webhook; returns the order id. */
	public String orderedAndPaid(String reservationId, String buyer) {
		Response placed = api.post("/api/v1/orders", Map.of("reservationId", reservationId, "delivery",
				Map.of("method", "PICKUP")), buyer);
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		String id = placed.json().get("id").asString();
		pay(placed.json().get("balancePayment").get("checkoutUrl").asString(), buyer);
		awaitStatus(id, buyer, "PAID");
		return id;
	}

	/**
	 * A car bought for pickup, paid, handed over and delivered at {@code odometerKm}; returns the order id (the
	 * listing is SOLD and the return window runs).
	 */
	public String delivered(long listingId, String buyer, int odometerKm) {
		String orderId = orderedAndPaid(reservedAndPaid(listingId, buyer).get("id").asString(), buyer);
		Response handover = api.post("/api/v1/orders/" + orderId + "/handover",
				Map.of("at", java.time.OffsetDateTime.now().plusDays(1).toString()), dealer);
		assertThat(handover.status()).as(handover.text()).isEqualTo(200);
		Response delivered = api.post("/api/v1/orders/" + orderId + "/delivery", Map.of("odometerKm", odometerKm), buyer);
		assertThat(delivered.status()).as(delivered.text()).isEqualTo(200);
		return orderId;
	}

	public void awaitStatus(String orderId, String token, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				api.get("/api/v1/orders/" + orderId, token).json().get("status").asString()).isEqualTo(status));
	}

	public JsonNode order(String orderId, String token) {
		return api.get("/api/v1/orders/" + orderId, token).json();
	}
}
