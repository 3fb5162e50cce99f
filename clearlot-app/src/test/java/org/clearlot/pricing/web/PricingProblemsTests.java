package org.clearlot.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;

import org.clearlot.pricing.PricingProperties;
import org.clearlot.pricing.PricingProperties.DealBands;
import org.clearlot.pricing.valuation.ModelNotReadyException;
import org.clearlot.pricing.valuation.ValuationService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Before the first model exists a valuation is a 503 problem with Retry-After, never a 500. */
class PricingProblemsTests {

	@Test
	void noModelYetIsAServiceUnavailableProblemWithRetryAfter() {
		PricingProperties properties = new PricingProperties("-", false, Duration.ofSeconds(15), 1e-5, 0.01, 1e-3, 50,
				200_000, 2, 3, 5, new DealBands(-10, -4, 4, 10));
		ValuationService service = new ValuationService(properties, Clock.systemUTC());
		ModelNotReadyException notReady = catchThrowableOfType(ModelNotReadyException.class, service::require);

		ResponseEntity<ProblemDetail> response = new PricingProblems().notReady(notReady);
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("15");
		assertThat(response.getBody().getDetail()).contains("No valuation model is ready yet");
	}
}
