package org.clearlot.simulator.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.clearlot.simulator.Reading;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clearlot's HTTP telemetry API: a bearer token from {@code POST /api/v1/auth/token}, then batches of at most
 * 10,000 readings to {@code POST /api/v1/telemetry}. A 401 fetches a new token once; 429, 5xx and I/O failures are
 * retried with backoff (the server deduplicates, so a resent batch is safe). Thread-safe.
 */
public final class HttpTelemetryClient {

	public static final int MAX_BATCH = 10_000;
	private static final int ATTEMPTS = 4;
	private static final JsonMapper JSON = JsonMapper.shared();

	private final URI base;
	private final String username;
	private final String password;
	private final TelemetryJson writer;
	private final HttpClient http;
	private volatile String token;

	public HttpTelemetryClient(URI base, String username, String password, boolean lists) {
		this.base = base;
		this.username = username;
		this.password = password;
		this.writer = new TelemetryJson(lists);
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** Signs in and keeps the token. */
	public void authenticate() {
		byte[] body = JSON.writeValueAsBytes(java.util.Map.of("username", username, "password", password));
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)), false);
		if (response.statusCode() != 200) {
			throw new TelemetryApiException("sign-in as " + username + " failed: HTTP " + response.statusCode() + " "
					+ new String(response.body()), response.statusCode());
		}
		JsonNode answer = JSON.readTree(response.body());
		JsonNode value = answer.get("access_token");
		if (value == null) {
			throw new TelemetryApiException("no token in the sign-in response: " + answer, 200);
		}
		token = value.asString();
	}

	/** Posts one batch and returns what the server made of it. */
	public BatchResult post(List<Reading> readings) {
		if (readings.size() > MAX_BATCH) {
			throw new IllegalArgumentException("at most " + MAX_BATCH + " readings per batch");
		}
		if (token == null) {
			authenticate();
		}
		byte[] body = writer.batch(readings);
		boolean reauthenticated = false;
		for (int attempt = 1;; attempt++) {
			HttpResponse<byte[]> response = send(HttpRequest.newBuilder(base.resolve("/api/v1/telemetry"))
					.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body)), attempt < ATTEMPTS);
			int status = response == null ? 0 : response.statusCode();
			if (status == 202 || status == 200) {
				return JSON.readValue(response.body(), BatchResult.class);
			}
			if (status == 401 && !reauthenticated) {
				authenticate();
				reauthenticated = true;
				attempt--;
				continue;
			}
			boolean retryable = status == 0 || status == 429 || status >= 500;
			if (!retryable || attempt >= ATTEMPTS) {
				throw new TelemetryApiException("telemetry batch failed: HTTP " + status
						+ (response == null ? "" : " " + new String(response.body())), status);
			}
			backoff(attempt);
		}
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request, boolean nullOnIoFailure) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException failed) {
			if (nullOnIoFailure) {
				return null;
			}
			throw new TelemetryApiException("cannot reach " + base + ": " + failed, 0);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new TelemetryApiException("interrupted", 0);
		}
	}

	private static void backoff(int attempt) {
		try {
			Thread.sleep(200L << attempt);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
