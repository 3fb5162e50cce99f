package org.clearlot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;

import org.clearlot.identity.Role;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.TradeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole deal in a real Chromium, as its three parties click through it: a buyer finds a car, reserves it and
 * pays the deposit at the sandbox checkout, orders it and pays the balance; the dealer schedules the handover; the
 * buyer confirms delivery with the odometer and returns the car within seven days; the dealer receives and checks
 * it; the buyer is refunded in full and was told of every step.
 */
@ClearlotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeBrowserIntegrationTests {

	private static final long PRICE_FEN = 9_680_000;
	private static final int MILEAGE_KM = 41_200;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Browser browser;
	Api api;
	TradeFixture trade;

	@RegisterExtension
	final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure(() -> browser);

	@BeforeAll
	void startBrowser() {
		api = new Api(port);
		trade = new TradeFixture(api, identity);
		browser = Browser.start(port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void searchReserveOrderPayDeliverReturnAndRefund() {
		long listingId = trade.publishedListing(PRICE_FEN, MILEAGE_KM);
		String vin = api.get("/api/v1/listings/" + listingId, null).json().get("vin").asString();
		String buyer = "t-shopper-" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new NewAccount(buyer, TestActors.PASSWORD, "Li Wei", Role.BUYER, null));

		// The buyer finds the car and reserves it.
		signInAs(buyer);
		browser.open("/?lang=en");
		browser.submitText(By.id("q"), vin);
		browser.clickAndWaitForPage(browser.waitFor(By.cssSelector("#results a.cl-card[data-listing-id='" + listingId + "']")));
		assertThat(browser.text(By.id("seller-sales"))).startsWith("Completed sales by this dealer:");
		browser.clickAndWaitForPage(browser.waitForClickable(By.id("reserve")));
		assertThat(browser.pathAndQuery()).startsWith("/my/reservations/");
		assertThat(browser.text(By.id("reservation-status"))).isEqualTo("Held for you");
		assertThat(browser.text(By.id("deposit-status"))).isEqualTo("waiting for the payment provider");

		// The deposit at the sandbox checkout; the page learns of the webhook by itself and reloads.
		browser.clickAndWaitForPage(By.id("pay-deposit"));
		assertThat(browser.text(By.id("sandbox-banner"))).contains("Sandbox");
		assertThat(browser.text(By.id("sandbox-amount"))).isEqualTo("¥2,000");
		browser.clickAndWaitForPage(By.id("sandbox-pay"));
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("order-form")), Duration.ofSeconds(20));
		assertThat(browser.text(By.id("deposit-status"))).isEqualTo("received");

		// The order: pickup at the dealer, then the balance at the checkout.
		browser.clickAndWaitForPage(By.id("place-order"));
		String orderPath = browser.pathAndQuery();
		assertThat(orderPath).startsWith("/orders/");
		String orderId = orderPath.substring("/orders/".length());
		assertThat(browser.text(By.id("notice"))).contains("Order placed");
		browser.clickAndWaitForPage(By.id("pay-balance"));
		assertThat(browser.text(By.id("sandbox-amount"))).isEqualTo("¥94,800");
		browser.clickAndWaitForPage(By.id("sandbox-pay"));
		awaitOrderStatus("PAID");
		assertThat(browser.text(By.id("order-paid"))).isEqualTo("¥96,800");

		// The dealer sees the paid order and schedules the handover.
		signInAs(trade.actors().dealer().username());
		browser.clickAndWaitForPage(By.id("nav-orders"));
		browser.clickAndWaitForPage(browser.find(By.cssSelector("#dealer-orders tr[data-order-id='" + orderId + "'] a")));
		browser.js("document.getElementById('handover-at').value = '2026-12-20T10:30'");
		browser.type(By.id("handover-note"), "Bay 3, bring your ID card");
		browser.clickAndWaitForPage(By.id("schedule-handover"));
		assertThat(browser.find(By.id("order-page")).getDomAttribute("data-status")).isEqualTo("HANDOVER_SCHEDULED");
		assertThat(browser.text(By.id("order-handover"))).contains("2026-12-20 10:30").contains("Bay 3");

		// The buyer takes the car, confirms delivery with the odometer, and returns it a few days later.
		signInAs(buyer);
		browser.open(orderPath);
		browser.type(By.id("delivery-odometer"), String.valueOf(MILEAGE_KM + 12));
		browser.clickAndWaitForPage(By.id("confirm-delivery"));
		assertThat(browser.find(By.id("order-page")).getDomAttribute("data-status")).isEqualTo("DELIVERED");
		browser.select(By.id("return-reason-code"), "NO_REASON");
		browser.type(By.id("return-odometer"), String.valueOf(MILEAGE_KM + 160));
		browser.type(By.id("return-reason"), "My family needs a larger car after all");
		browser.clickAndWaitForPage(By.id("request-return"));
		assertThat(browser.find(By.id("order-page")).getDomAttribute("data-status")).isEqualTo("RETURN_REQUESTED");

		// The dealer receives the car back and passes the return check.
		signInAs(trade.actors().dealer().username());
		browser.open(orderPath);
		browser.type(By.id("receive-odometer"), String.valueOf(MILEAGE_KM + 171));
		browser.clickAndWaitForPage(By.id("receive-return"));
		browser.type(By.id("check-notes"), "Same condition as at handover");
		browser.clickAndWaitForPage(By.id("check-pass"));

		// The buyer is refunded everything and was told of each step.
		signInAs(buyer);
		browser.open(orderPath);
		awaitOrderStatus("REFUNDED");
		assertThat(browser.text(By.id("order-refunded"))).isEqualTo("¥96,800");
		assertThat(browser.texts(By.cssSelector("#timeline .cl-timeline-entry strong")))
			.contains("Car reserved", "Deposit received", "Order placed", "Balance received", "Handover scheduled",
					"Delivered", "Return requested", "Car back at the dealer", "Return check passed", "Refunded");
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("notification-badge")));
		browser.clickAndWaitForPage(By.id("nav-notifications"));
		assertThat(browser.texts(By.cssSelector("#notifications li a"))).contains("Deposit received", "Order paid",
				"Handover scheduled", "Refunded");
		assertThat(browser.findAll(By.cssSelector("#notifications li.cl-unread"))).isNotEmpty();
		browser.open("/notifications");
		assertThat(browser.findAll(By.cssSelector("#notifications li.cl-unread"))).as("read once shown").isEmpty();

		String admin = api.token(trade.actors().admin().username(), TestActors.PASSWORD);
		JsonNode trial = api.get("/api/v1/admin/ledger/trial-balance", admin).json();
		assertThat(trial.get("balanced").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/listings/" + listingId, null).json().get("status").asString()).isEqualTo("ACTIVE");
	}

	private void signInAs(String username) {
		browser.forgetCookies();
		browser.open("/login?lang=en");
		browser.signIn(username, TestActors.PASSWORD);
	}

	/** The order page does not poll: reload it until the provider's webhook moved the order on. */
	private void awaitOrderStatus(String status) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.alias("order reached " + status).until(() -> {
				if (status.equals(browser.find(By.id("order-page")).getDomAttribute("data-status"))) {
					return true;
				}
				browser.driver().navigate().refresh();
				return false;
			});
	}

}
