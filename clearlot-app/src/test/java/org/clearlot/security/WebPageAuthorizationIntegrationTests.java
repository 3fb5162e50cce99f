package org.clearlot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web pages' rules: dealers' pages need a dealer session; forms need the CSRF token. */
@ClearlotIntegrationTest
class WebPageAuthorizationIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void anonymousVisitorsAreSentToSignInForDealerPages() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> response = client.send(get("/dealer/inventory"), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(client.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void buyersMayNotOpenDealerPagesButDealersMay() throws Exception {
		TestActors actors = TestActors.in(identity);
		assertThat(signedIn(actors.buyer().username()).send(get("/dealer/inventory"), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(403);
		HttpResponse<String> dealerPage = signedIn(actors.dealer().username()).send(get("/dealer/inventory"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(dealerPage.statusCode()).isEqualTo(200);
		assertThat(dealerPage.body()).contains("inventory-table");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		HttpClient client = signedIn(TestActors.in(identity).dealer().username());
		HttpRequest forged = HttpRequest.newBuilder(URI.create(base() + "/dealer/listings/1/withdraw"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("")).build();
		assertThat(client.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
	}

	private HttpClient signedIn(String username) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		String page = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestActors.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).GET().build();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
