package org.clearlot.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: real requests over TCP to the application under test. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, String token) {
		return send(builder(path, token).GET());
	}

	public Response get(String path, String token, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path, token).GET();
		headers.forEach(builder::header);
		return send(builder);
	}

	/** A query parameter value, URL-encoded. */
	public static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	public Response get(String path) {
		return get(path, null);
	}

	public Response post(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** A POST with extra headers, such as {@code Idempotency-Key}. */
	public Response post(String path, Object body, String token, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)));
		headers.forEach(builder::header);
		return send(builder);
	}

	public Response patch(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** Sends a raw body, for malformed-input tests. */
	public Response postRaw(String path, String contentType, String body, String token) {
		return send(builder(path, token).header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Uploads one file as multipart/form-data under the part name {@code file}. */
	public Response upload(String path, String fileName, byte[] content, String token) {
		String boundary = "----clearlot" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(builder(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public String token(String username, String password) {
		Response response = post("/api/v1/auth/token", Map.of("username", username, "password", password), null);
		if (response.status() != 200) {
			throw new IllegalStateException("Cannot sign in " + username + ": " + response.status() + " " + response.text());
		}
		return response.json().get("access_token").asString();
	}

	private HttpRequest.Builder builder(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String json(Object body) {
		return body instanceof String text ? text : JSON.writeValueAsString(body);
	}

	/** A response: status, content type and body. */
	public record Response(int status, String contentType, String text) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}
}
