package org.clearlot.pricing.valuation;

import java.time.Duration;

/** No valuation model exists yet (the first one is being trained, or there are too few cars to learn from). */
public class ModelNotReadyException extends RuntimeException {

	private final Duration retryAfter;

	ModelNotReadyException(Duration retryAfter) {
		super("No valuation model is ready yet: one is trained from the platform's listings as soon as there are "
				+ "enough priced cars, usually a moment after start-up");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
