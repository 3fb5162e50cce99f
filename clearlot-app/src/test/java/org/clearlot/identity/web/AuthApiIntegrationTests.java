package org.clearlot.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.clearlot.identity.IdentityApi;
import org.clearlot.identity.IdentityApi.NewAccount;
import org.clearlot.identity.Role;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ClearlotIntegrationTest
class AuthApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void issuesABearerTokenThatAuthenticatesApiCalls() {
		TestActors actors = TestActors.in(identity);
		Response response = api.post("/api/v1/auth/token",
				Map.of("username", actors.dealer().username(), "password", TestActors.PASSWORD), null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(response.json().get("expires_in").asLong()).isPositive();
		String token = response.json().get("access_token").asString();
		Response me = api.get("/api/v1/me", token);
		assertThat(me.json().get("role").asString()).isEqualTo("DEALER");
		assertThat(me.json().get("organizationId").asString()).isEqualTo(actors.dealerOrg().id().toString());
	}

	@Test
	void wrongCredentialsAre401Problems() {
		Response response = api.post("/api/v1/auth/token", Map.of("username", "nobody-" + UUID.randomUUID(), "password", "x"), null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void forgedOrMissingTokensAreRejected() {
		assertThat(api.get("/api/v1/me", "not.a.jwt").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
		String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiQURNSU4iLCJpc3MiOiJjbGVhcmxvdCJ9.c2lnbmF0dXJl";
		assertThat(api.get("/api/v1/me", forged).status()).isEqualTo(401);
	}

	@Test
	void repeatedFailuresForOneUsernameAreThrottled() {
		String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new NewAccount(username, TestActors.PASSWORD, "Throttled", Role.BUYER, null));
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(api.post("/api/v1/auth/token", Map.of("username", username, "password", "wrong-" + attempt), null).status())
					.isEqualTo(401);
		}
		Response throttled = api.post("/api/v1/auth/token", Map.of("username", username, "password", TestActors.PASSWORD), null);
		assertThat(throttled.status()).as("even the right password is refused while throttled").isEqualTo(429);
		assertThat(throttled.isProblem()).isTrue();
	}

	@Test
	void registersABuyer() {
		String username = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
		Response response = api.post("/api/v1/auth/register",
				Map.of("username", username, "password", "Correct-Horse-9", "displayName", "Wang Fang 王芳"), null);
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("role").asString()).isEqualTo("BUYER");
		assertThat(api.token(username, "Correct-Horse-9")).isNotBlank();
	}

	@Test
	void weakPasswordsAreRefusedWithReasons() {
		Response response = api.post("/api/v1/auth/register",
				Map.of("username", "weak-" + UUID.randomUUID().toString().substring(0, 8), "password", "12345678", "displayName", "Weak"), null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("password");
		assertThat(response.json().get("errors").size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void takenUsernamesAreAConflict() {
		String username = "taken-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> body = Map.of("username", username, "password", "Correct-Horse-9", "displayName", "First");
		assertThat(api.post("/api/v1/auth/register", body, null).status()).isEqualTo(201);
		Response again = api.post("/api/v1/auth/register",
				Map.of("username", username.toUpperCase(), "password", "Correct-Horse-9", "displayName", "Second"), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
	}
}
