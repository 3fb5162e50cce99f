package org.clearlot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;

/** Valuation requests for tests, and waiting for the first valuation model of the test context. */
public final class Valuations {

	private Valuations() {
	}

	/** A 2021 Volkswagen Lavida with 52,000 km in Wuhan, grade 2, no damage: a car the demo market has many of. */
	public static Map<String, Object> lavida() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("make", "Volkswagen");
		body.put("model", "Lavida");
		body.put("year", 2021);
		body.put("mileageKm", 52_000);
		body.put("city", "Wuhan");
		body.put("powertrain", "ICE");
		body.put("grade", 2);
		body.put("accident", false);
		body.put("flood", false);
		body.put("sohPercent", null);
		return body;
	}

	/** Waits (the first model trains in the background once the application is ready) until valuations answer. */
	public static void awaitModel(Api api) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
				assertThat(api.post("/api/v1/valuations", lavida(), null).status()).isEqualTo(200));
	}
}
