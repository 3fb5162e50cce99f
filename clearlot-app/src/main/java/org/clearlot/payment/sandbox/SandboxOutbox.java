package org.clearlot.payment.sandbox;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Queues the sandbox's webhook events, each due after a random delay so that later events can overtake it. */
@Component
class SandboxOutbox {

	private static final SecureRandom IDS = new SecureRandom();

	private final JdbcTemplate jdbc;
	private final SandboxProperties properties;
	private final ObjectMapper json;
	private final Clock clock;

	SandboxOutbox(JdbcTemplate jdbc, SandboxProperties properties, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** Queues an event about an intent (in the caller's transaction). */
	void enqueue(String type, SandboxIntent intent, String refundKey, long amountFen) {
		String eventId = id("evt_");
		Instant now = clock.instant();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("intent", intent.id());
		data.put("merchantReference", intent.merchantReference());
		data.put("amountFen", amountFen);
		if (refundKey != null) {
			data.put("refundKey", refundKey);
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", eventId);
		event.put("type", type);
		event.put("created", now.getEpochSecond());
		event.put("data", data);
		jdbc.update("INSERT INTO payment_sandbox.outbox (event_id, payload, due_at) VALUES (?, ?, ?)", eventId,
				json.writeValueAsString(event), Timestamp.from(now.plus(delay())));
	}

	/** A random delivery delay up to the configured maximum. */
	java.time.Duration delay() {
		long max = properties.maxDelay().toMillis();
		return java.time.Duration.ofMillis(max <= 0 ? 0 : ThreadLocalRandom.current().nextLong(max + 1));
	}

	static String id(String prefix) {
		byte[] bytes = new byte[12];
		IDS.nextBytes(bytes);
		return prefix + HexFormat.of().formatHex(bytes);
	}
}
