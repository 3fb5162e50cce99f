package org.clearlot.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ChildApplication;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;

/**
 * The application is killed (SIGKILL) after the provider's webhook for the balance was committed but before the
 * order took it in: the test holds a lock on the order row, so the trade's listener is stuck on it when the process
 * dies. After the restart the incomplete event publication is handled again: the order is PAID, the money was
 * credited once, and the webhook delivered again changes nothing.
 */
class PaymentCrashIntegrationTests {

	@Test
	void aKillBetweenTheWebhookAndTheOrderUpdateEndsConsistentAfterRestart() throws Exception {
		Path dataDir = Path.of("target", "test-data", "payment-crash-" + UUID.randomUUID()).toAbsolutePath();
		String orderId;
		try (ChildApplication first = ChildApplication.start(dataDir, "--clearlot.demo.enabled=true",
				"--clearlot.demo.listings=0", "--clearlot.payment.sandbox.max-delay=100ms")) {
			Api api = new Api(first.httpPort());
			String dealer = api.token("demo-dealer", "clearlot-demo");
			String buyer = api.token("demo-buyer", "clearlot-demo");
			String vin = TestVins.next();
			assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealer).status()).isEqualTo(201);
			long listing = api.post("/api/v1/listings", Payloads.listing(vin, 8_000_000, 60_000, "Shanghai"), dealer)
				.json().get("id").asLong();
			assertThat(api.post("/api/v1/listings/" + listing + "/publish", Map.of(), dealer).status()).isEqualTo(200);
			Response reserved = api.post("/api/v1/listings/" + listing + "/reservations", Map.of(), buyer,
					Map.of("Idempotency-Key", UUID.randomUUID().toString()));
			String reservation = reserved.json().get("id").asString();
			pay(api, reserved.json().get("checkoutUrl").asString(), buyer);
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "PAID".equals(
					api.get("/api/v1/reservations/" + reservation, buyer).json().get("depositStatus").asString()));
			Response placed = api.post("/api/v1/orders", Map.of("reservationId", reservation, "delivery",
					Map.of("method", "PICKUP")), buyer);
			assertThat(placed.status()).as(placed.text()).isEqualTo(201);
			orderId = placed.json().get("id").asString();

			try (Connection lock = connect(dataDir)) {
				lock.setAutoCommit(false);
				try (PreparedStatement hold = lock.prepareStatement("SELECT id FROM trade.orders WHERE id = ?::uuid FOR UPDATE")) {
					hold.setString(1, orderId);
					hold.executeQuery().close();
				}
				pay(api, placed.json().get("balancePayment").get("checkoutUrl").asString(), buyer);
				String balance = placed.json().get("balancePayment").get("id").asString();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "CAPTURED".equals(
						single(dataDir, "SELECT status FROM payment.payments WHERE id = '" + balance + "'")));
				Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Integer.parseInt(single(dataDir,
						"SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
								+ "AND event_type LIKE '%PaymentCaptured'")) >= 1);
				assertThat(single(dataDir, "SELECT status FROM trade.orders WHERE id = '" + orderId + "'"))
					.as("the order has not taken the payment in yet").isEqualTo("AWAITING_PAYMENT");
				first.kill();
				lock.rollback();
			}
		}

		try (ChildApplication second = ChildApplication.start(dataDir)) {
			Api api = new Api(second.httpPort());
			String buyer = api.token("demo-buyer", "clearlot-demo");
			Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(
					api.get("/api/v1/orders/" + orderId, buyer).json().get("status").asString()).isEqualTo("PAID"));
			assertThat(single(dataDir, "SELECT count(*) FROM ledger.transactions WHERE reference = 'order:" + orderId
					+ "' AND kind = 'PAYMENT_CAPTURED'")).isEqualTo("1");
			assertThat(single(dataDir, "SELECT count(*) FROM trade.timeline WHERE to_status = 'BALANCE_RECEIVED' "
					+ "AND reservation_id = (SELECT reservation_id FROM trade.orders WHERE id = '" + orderId + "')"))
				.isEqualTo("1");
			String admin = api.token("demo-admin", "clearlot-demo");
			assertThat(api.get("/api/v1/admin/ledger/trial-balance", admin).json().get("balanced").asBoolean()).isTrue();
			assertThat(single(dataDir, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"))
				.as("nothing left undone").isEqualTo("0");
		}
	}

	private static void pay(Api api, String checkoutUrl, String buyer) {
		String intent = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
		assertThat(api.post("/api/v1/sandbox/checkout/" + intent + "/pay", Map.of(), buyer).status()).isEqualTo(202);
	}

	private static Connection connect(Path dataDir) throws Exception {
		String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
	}

	private static String single(Path dataDir, String sql) throws Exception {
		try (Connection connection = connect(dataDir); ResultSet row = connection.createStatement().executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}
}
