package org.clearlot.identity.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and takes bearer tokens; every route has an explicit
 * rule here, and ownership is checked by the module that owns the resource. The web UI uses form sign-in with a
 * session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		return new ProviderManager(provider);
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKeys keys) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(keys.key()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenService.ISSUER));
		return decoder;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
		http.securityMatcher("/api/**")
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(POST, "/api/v1/auth/token", "/api/v1/auth/register").permitAll()
						.requestMatchers(GET, "/api/v1/listings", "/api/v1/listings/*").permitAll()
						.requestMatchers(GET, "/api/v1/vehicles/*").permitAll()
						.requestMatchers(GET, "/api/v1/vehicles/*/inspections", "/api/v1/vehicles/*/history",
								"/api/v1/vehicles/*/history/verify", "/api/v1/inspections/*").permitAll()
						.requestMatchers(POST, "/api/v1/vehicles/*/inspections", "/api/v1/inspections/*/corrections",
								"/api/v1/inspection-photos").hasRole("INSPECTOR")
						.requestMatchers(POST, "/api/v1/vehicles").hasAnyRole("DEALER", "ADMIN")
						.requestMatchers(POST, "/api/v1/listings").hasRole("DEALER")
						.requestMatchers(PATCH, "/api/v1/listings/*").hasRole("DEALER")
						.requestMatchers(POST, "/api/v1/listings/*/publish").hasRole("DEALER")
						.requestMatchers(POST, "/api/v1/listings/*/withdraw").hasAnyRole("DEALER", "ADMIN")
						.requestMatchers("/api/v1/inventory", "/api/v1/inventory/**").hasRole("DEALER")
						.requestMatchers(POST, "/api/v1/telemetry").hasRole("TELEMETRY")
						.requestMatchers(GET, "/api/v1/vehicles/*/telemetry/latest")
							.hasAnyRole("TELEMETRY", "ADMIN", "DEALER")
						.requestMatchers(GET, "/api/v1/vehicles/*/battery", "/api/v1/batteries/*",
								"/api/v1/batteries/*/verify", "/api/v1/batteries/*/battery-pass").permitAll()
						.requestMatchers(POST, "/api/v1/batteries/*/events").hasRole("RECYCLER")
						.requestMatchers(POST, "/api/v1/listings/*/reservations").hasRole("BUYER")
						.requestMatchers(GET, "/api/v1/reservations/*").hasAnyRole("BUYER", "DEALER", "ADMIN")
						.requestMatchers(POST, "/api/v1/reservations/*/cancel").hasAnyRole("BUYER", "ADMIN")
						.requestMatchers(POST, "/api/v1/reservations/*/deposit-payment").hasRole("BUYER")
						.requestMatchers(GET, "/api/v1/me/reservations", "/api/v1/me/orders").hasRole("BUYER")
						.requestMatchers(POST, "/api/v1/orders").hasRole("BUYER")
						.requestMatchers(GET, "/api/v1/orders/*").hasAnyRole("BUYER", "DEALER", "ADMIN")
						.requestMatchers(GET, "/api/v1/dealer/orders").hasRole("DEALER")
						.requestMatchers(POST, "/api/v1/orders/*/balance-payment", "/api/v1/orders/*/delivery",
								"/api/v1/orders/*/returns", "/api/v1/orders/*/disputes").hasRole("BUYER")
						.requestMatchers(POST, "/api/v1/orders/*/handover", "/api/v1/returns/*/receive",
								"/api/v1/returns/*/check").hasRole("DEALER")
						.requestMatchers(POST, "/api/v1/orders/*/cancel").hasAnyRole("BUYER", "DEALER", "ADMIN")
						.requestMatchers(GET, "/api/v1/disputes/*").hasAnyRole("BUYER", "DEALER", "ADMIN")
						.requestMatchers(POST, "/api/v1/disputes/*/messages").hasAnyRole("BUYER", "DEALER", "ADMIN")
						.requestMatchers(POST, "/api/v1/disputes/*/decision").hasRole("ADMIN")
						.requestMatchers(GET, "/api/v1/admin/disputes", "/api/v1/admin/ledger/**").hasRole("ADMIN")
						.requestMatchers(POST, "/api/v1/payments/webhooks/sandbox").permitAll()
						.requestMatchers(POST, "/api/v1/sandbox/checkout/*/pay", "/api/v1/sandbox/checkout/*/decline")
							.hasRole("BUYER")
						// pricing: anyone values a car and reads a listing's valuation (drafts only their dealer, in the module)
						.requestMatchers(POST, "/api/v1/valuations").permitAll()
						.requestMatchers(GET, "/api/v1/listings/*/valuation").permitAll()
						.requestMatchers(GET, "/api/v1/me", "/api/v1/me/notifications").authenticated()
						.requestMatchers(POST, "/api/v1/me/notifications/read").authenticated()
						.requestMatchers(GET, "/api/v1/transfer-eligibility", "/api/v1/transfer-eligibility/cities",
								"/api/v1/transfer-rules", "/api/v1/transfer-rules/**").permitAll()
						.requestMatchers(POST, "/api/v1/transfer-rules").hasRole("ADMIN")
						.anyRequest().denyAll())
				.oauth2ResourceServer(oauth -> oauth
						.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtAccountConverter()))
						.authenticationEntryPoint(ProblemSecurityResponses.unauthorized(json))
						.accessDeniedHandler(ProblemSecurityResponses.forbidden(json)))
				.exceptionHandling(ex -> ex
						.authenticationEntryPoint(ProblemSecurityResponses.unauthorized(json))
						.accessDeniedHandler(ProblemSecurityResponses.forbidden(json)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests(auth -> auth
						.requestMatchers(org.springframework.http.HttpMethod.GET, "/inspections/*", "/inspections/*/pdf",
								"/vehicles/*/condition", "/vehicles/*/verify", "/vehicles/*/battery-panel", "/batteries/*",
								"/batteries/*/check", "/inspection-photos/*", "/inspection-photos/*/thumbnail",
								"/listings/*/trade-panel", "/listings/*/transfer-panel", "/transfer-rules").permitAll()
						.requestMatchers(org.springframework.http.HttpMethod.GET, "/listings/*/valuation-panel", "/pricing/method",
								"/market").permitAll()
						.requestMatchers(org.springframework.http.HttpMethod.POST, "/listings/*/reserve").hasRole("BUYER")
						.requestMatchers("/", "/listings", "/listings/*", "/login", "/register", "/error",
								"/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
								"/actuator/health", "/actuator/health/**", "/actuator/info",
								"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
						.requestMatchers("/my/**").hasRole("BUYER")
						.requestMatchers("/dealer/**").hasRole("DEALER")
						.requestMatchers("/inspector/**").hasRole("INSPECTOR")
						.requestMatchers("/admin/**").hasRole("ADMIN")
						.anyRequest().authenticated())
				.formLogin(form -> form
						.loginPage("/login")
						.defaultSuccessUrl("/", false)
						.failureHandler(new ThrottlingFailureHandler(throttle))
						.permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/"))
				.addFilterBefore(new FormLoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** Counts a failed web sign-in against the throttle, then shows the sign-in page with an error. */
	private static final class ThrottlingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

		private final LoginThrottle throttle;

		ThrottlingFailureHandler(LoginThrottle throttle) {
			super("/login?error");
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception)
				throws java.io.IOException, jakarta.servlet.ServletException {
			throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
			super.onAuthenticationFailure(request, response, exception);
		}
	}
}
