package org.clearlot.platform.idempotency;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.clearlot.platform.integrity.CanonicalJson;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.clearlot.platform.web.RuleViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs a mutating request at most once per {@code Idempotency-Key} and caller. The request's effect and its stored
 * response commit in one transaction, so a retry after a lost response replays exactly what was answered, and two
 * concurrent requests with the same key produce one effect (the second waits on the key's row, then replays). A
 * failed request stores nothing (its effect rolled back), so retrying it runs it again. Keys are kept for
 * {@link #RETENTION}.
 */
@Component
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";
	static final Duration RETENTION = Duration.ofDays(7);
	private static final int MAX_KEY_LENGTH = 255;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ObjectMapper json;
	private final Clock clock;

	IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** Validates a key that the operation requires: 400 when it is missing, blank, too long or not printable. */
	public static String requireKey(String key) {
		if (key == null || key.isBlank()) {
			throw InvalidInputException.of(HEADER, Reason.IDEMPOTENCY_KEY_REQUIRED);
		}
		if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			throw InvalidInputException.of(HEADER, Reason.IDEMPOTENCY_KEY_FORMAT, MAX_KEY_LENGTH);
		}
		return key;
	}

	/**
	 * Runs {@code action} unless this caller already sent {@code key}: then the stored response is replayed if the
	 * request is the same, and a 422 is raised if it differs. A null key (allowed where the operation makes the key
	 * optional) just runs the action in a transaction.
	 *
	 * @param operation the method and path template, so a key cannot be replayed against another endpoint
	 * @param request the path variables and body that identify the request
	 */
	public ResponseEntity<String> execute(UUID owner, String key, String operation, Object request,
			Supplier<ResponseEntity<?>> action) {
		if (key == null) {
			return transactions.execute(status -> serialize(action.get()));
		}
		requireKey(key);
		String hash = CanonicalJson.sha256(operation + "\n" + CanonicalJson.write(request));
		Optional<ResponseEntity<String>> replay = stored(owner, key, hash);
		if (replay.isPresent()) {
			return replay.get();
		}
		try {
			return transactions.execute(status -> {
				ResponseEntity<String> response = serialize(action.get());
				int inserted = jdbc.update("""
						INSERT INTO platform.idempotency_keys (owner_id, key, operation, request_hash, status,
						    response_body, location)
						VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", owner, key, operation, hash,
						response.getStatusCode().value(), response.getBody(),
						Optional.ofNullable(response.getHeaders().getLocation()).map(URI::toString).orElse(null));
				if (inserted == 0) {
					throw new ConcurrentDuplicate();
				}
				return response;
			});
		}
		catch (ConcurrentDuplicate duplicate) {
			return stored(owner, key, hash).orElseThrow();
		}
		catch (RuntimeException refused) {
			// a concurrent request with this key may have won the race this one lost: answer what it answered
			return stored(owner, key, hash).orElseThrow(() -> refused);
		}
	}

	private Optional<ResponseEntity<String>> stored(UUID owner, String key, String hash) {
		List<StoredResponse> rows = jdbc.query("""
				SELECT request_hash, status, response_body, location FROM platform.idempotency_keys
				WHERE owner_id = ? AND key = ?""", (row, n) -> new StoredResponse(row.getString(1).strip(),
				row.getInt(2), row.getString(3), row.getString(4)), owner, key);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		StoredResponse stored = rows.get(0);
		if (!stored.hash().equals(hash)) {
			throw new RuleViolationException("IDEMPOTENCY_KEY_REUSED", "The Idempotency-Key " + key
					+ " was already used for a different request; use a new key for a new request", key);
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status())
			.contentType(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
		if (stored.location() != null) {
			builder.header(HttpHeaders.LOCATION, stored.location());
		}
		return Optional.of(builder.body(stored.body()));
	}

	private ResponseEntity<String> serialize(ResponseEntity<?> response) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getHeaders());
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = response.getBody() == null ? "{}" : json.writeValueAsString(response.getBody());
		return new ResponseEntity<>(body, headers, HttpStatus.valueOf(response.getStatusCode().value()));
	}

	/** Forgets keys older than the retention period. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldKeys() {
		jdbc.update("DELETE FROM platform.idempotency_keys WHERE created_at < ?",
				Timestamp.from(clock.instant().minus(RETENTION)));
	}

	private record StoredResponse(String hash, int status, String body, String location) {
	}

	/** Another request with the same key committed first; this one rolls back and replays it. */
	private static final class ConcurrentDuplicate extends RuntimeException {

		ConcurrentDuplicate() {
			super(null, null, false, false);
		}
	}
}
