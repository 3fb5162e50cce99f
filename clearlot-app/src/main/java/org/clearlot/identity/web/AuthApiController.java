package org.clearlot.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.identity.account.AccountService;
import org.clearlot.identity.security.LoginThrottle;
import org.clearlot.identity.security.TokenService;
import org.clearlot.identity.security.TokenService.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.clearlot.identity.security.AccountPrincipal;

/** Bearer tokens for API clients, self-registration of buyers, and "who am I". */
@RestController
@RequestMapping("/api/v1")
class AuthApiController {

	private final AuthenticationManager authenticationManager;
	private final TokenService tokens;
	private final LoginThrottle throttle;
	private final AccountService accounts;

	AuthApiController(AuthenticationManager authenticationManager, TokenService tokens, LoginThrottle throttle,
			AccountService accounts) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	@PostMapping("/auth/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		String client = http.getRemoteAddr();
		if (throttle.isBlocked(request.username(), client)) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					"Too many failed attempts for this user or client; wait a minute and try again");
		}
		try {
			var authentication = authenticationManager.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			UserAccount account = AccountPrincipal.accountOf(authentication.getPrincipal()).orElseThrow();
			IssuedToken token = tokens.issue(account);
			return ResponseEntity.ok(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
		}
		catch (AuthenticationException failed) {
			throttle.recordFailure(request.username(), client);
			return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Wrong username or password");
		}
	}

	@PostMapping("/auth/register")
	@ResponseStatus(HttpStatus.CREATED)
	AccountResponse register(@RequestBody RegistrationRequest request) {
		return AccountResponse.of(accounts.registerBuyer(request.username(), request.password(), request.displayName()));
	}

	@GetMapping("/me")
	AccountResponse me() {
		return AccountResponse.of(CurrentUser.require());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
	}

	record TokenResponse(
			@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
			@com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
			@com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn) {
	}

	record RegistrationRequest(String username, String password, String displayName) {
	}

	record AccountResponse(String id, String username, String displayName, String role, String organizationId) {

		static AccountResponse of(UserAccount account) {
			return new AccountResponse(account.id().toString(), account.username(), account.displayName(),
					account.role().name(), account.organizationId() == null ? null : account.organizationId().toString());
		}
	}
}
