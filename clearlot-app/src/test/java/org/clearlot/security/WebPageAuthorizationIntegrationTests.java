package org.clearlot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.clearlot.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web pages' rules: dealers' pages need a dealer session; forms need the CSRF token. */
@ClearlotIntegrationTest
class WebPageAuthorizationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void anonymousVisitorsAreSentToSignInForDealerPages() {
		WebSession visitor = WebSession.anonymous(port);
		HttpResponse<String> response = visitor.get("/dealer/inventory");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void buyersMayNotOpenDealerPagesButDealersMay() {
		TestActors actors = TestActors.in(identity);
		assertThat(WebSession.signedIn(port, actors.buyer().username(), TestActors.PASSWORD).get("/dealer/inventory")
				.statusCode()).isEqualTo(403);
		String page = WebSession.signedIn(port, actors.dealer().username(), TestActors.PASSWORD).page("/dealer/inventory");
		assertThat(page).contains("inventory-table");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		WebSession dealer = WebSession.signedIn(port, TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
		assertThat(dealer.post("/dealer/listings/1/withdraw", Map.of()).statusCode()).isEqualTo(403);
	}
}
