package org.clearlot.payment.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the sandbox's webhooks over HTTP, at least once: a delivery that is not acknowledged with a 2xx is
 * retried with growing back-off, and an acknowledged one is, with probability
 * {@link SandboxProperties#duplicateRate()}, delivered once more later. Several instances can run this together:
 * each takes due deliveries the others have not locked.
 */
@Component
class SandboxWebhookDispatcher implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(SandboxWebhookDispatcher.class);
	private static final int BATCH = 50;
	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final SandboxProperties properties;
	private final SandboxSignature signature;
	private final Clock clock;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private volatile URI target;

	SandboxWebhookDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxProperties properties,
			SandboxSignature signature, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.signature = signature;
		this.clock = clock;
		if (!properties.webhookUrl().isBlank()) {
			this.target = URI.create(properties.webhookUrl());
		}
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (properties.webhookUrl().isBlank() && event.getApplicationContext().getServerNamespace() == null) {
			target = URI.create("http://localhost:" + event.getWebServer().getPort() + SandboxWebhookController.PATH);
		}
	}

	@Scheduled(fixedDelayString = "${clearlot.payment.sandbox.delivery-interval:200ms}", initialDelayString = "PT1S")
	void deliverDue() {
		if (target == null) {
			return;
		}
		transactions.executeWithoutResult(status -> jdbc.query("""
				SELECT id, payload, duplicate, attempts FROM payment_sandbox.outbox
				WHERE delivered_at IS NULL AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""",
				(row, n) -> new Delivery(row.getLong(1), row.getString(2), row.getBoolean(3), row.getInt(4)),
				Timestamp.from(clock.instant()), BATCH).forEach(this::deliver));
	}

	private void deliver(Delivery delivery) {
		Instant now = clock.instant();
		String error = send(delivery.payload(), now);
		if (error == null) {
			jdbc.update("UPDATE payment_sandbox.outbox SET delivered_at = ?, attempts = attempts + 1 WHERE id = ?",
					Timestamp.from(now), delivery.id());
			if (!delivery.duplicate() && ThreadLocalRandom.current().nextDouble() < properties.duplicateRate()) {
				jdbc.update("""
						INSERT INTO payment_sandbox.outbox (event_id, payload, due_at, duplicate)
						SELECT event_id, payload, ?, true FROM payment_sandbox.outbox WHERE id = ?""",
						Timestamp.from(now.plus(Duration.ofMillis(100)).plus(properties.maxDelay())), delivery.id());
			}
			return;
		}
		Duration backoff = Duration.ofSeconds(1L << Math.min(delivery.attempts(), 8));
		backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
		jdbc.update("UPDATE payment_sandbox.outbox SET attempts = attempts + 1, due_at = ?, last_error = ? WHERE id = ?",
				Timestamp.from(now.plus(backoff)), error, delivery.id());
		if (delivery.attempts() >= 3) {
			log.warn("Sandbox webhook delivery {} failed {} times: {}", delivery.id(), delivery.attempts() + 1, error);
		}
	}

	/** Posts one event; null when it was acknowledged, else why not. */
	private String send(String payload, Instant now) {
		try {
			HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header(SandboxSignature.HEADER, signature.sign(payload, now))
				.POST(HttpRequest.BodyPublishers.ofString(payload)).build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
		}
		catch (java.io.IOException e) {
			return e.getClass().getSimpleName() + ": " + e.getMessage();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static String abbreviate(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
	}

	/** Due webhook deliveries not acknowledged yet (for tests and the log). */
	long pending() {
		return jdbc.queryForObject("SELECT count(*) FROM payment_sandbox.outbox WHERE delivered_at IS NULL", Long.class);
	}

	private record Delivery(long id, String payload, boolean duplicate, int attempts) {
	}

	static List<String> eventTypes() {
		return List.of("payment_intent.authorized", "payment_intent.captured", "payment_intent.payment_failed",
				"payment_intent.canceled", "refund.succeeded");
	}
}
