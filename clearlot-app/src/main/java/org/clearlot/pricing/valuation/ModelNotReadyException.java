package org.clearlot.pricing.valuation;

import java.time.Duration;

/** No valuation model exists yet (the first one is being trained, or there are too few cars to learn from). */
public class ModelNotReadyException extends RuntimeException {

	private final Duration retryAfter;

	ModelNotReadyException(Duration retryAfter) {
		super("No valuation model is ready yet: the first one is being trained from the platform's listings");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
