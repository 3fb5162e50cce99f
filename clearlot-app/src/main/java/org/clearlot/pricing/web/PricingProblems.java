package org.clearlot.pricing.web;

import org.clearlot.pricing.valuation.ModelNotReadyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * No model yet is a 503 problem+json with Retry-After; ordered before the platform's handler, which would make it a
 * 500.
 */
@RestControllerAdvice(assignableTypes = ValuationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PricingProblems {

	@ExceptionHandler(ModelNotReadyException.class)
	ResponseEntity<ProblemDetail> notReady(ModelNotReadyException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
		problem.setTitle("Valuation model not ready");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
			.body(problem);
	}
}
