package org.clearlot.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stand-in for Clearlot's auth and telemetry endpoints: checks the token, dedupes on (vin, ts), rejects unknown VINs. */
final class FakeTelemetryServer implements AutoCloseable {

	static final String TOKEN = "test-token";

	final List<JsonNode> stored = new CopyOnWriteArrayList<>();
	final AtomicInteger tokensIssued = new AtomicInteger();
	final AtomicInteger failuresToInject = new AtomicInteger();
	final AtomicInteger unauthorizedToInject = new AtomicInteger();
	final Set<String> knownVins = new HashSet<>();
	private final Set<String> keys = new HashSet<>();
	private final HttpServer server;

	FakeTelemetryServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/auth/token", this::token);
		server.createContext("/api/v1/telemetry", this::telemetry);
		server.start();
	}

	URI base() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	private void token(HttpExchange exchange) throws IOException {
		JsonNode body = read(exchange.getRequestBody());
		if (!"demo-telemetry".equals(body.path("username").asString()) || !"clearlot-demo".equals(body.path("password").asString())) {
			respond(exchange, 401, "{\"detail\":\"Wrong username or password\"}");
			return;
		}
		tokensIssued.incrementAndGet();
		respond(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":28800}");
	}

	private synchronized void telemetry(HttpExchange exchange) throws IOException {
		if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
				|| unauthorizedToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			respond(exchange, 401, "{}");
			return;
		}
		JsonNode body = read(exchange.getRequestBody());
		if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			respond(exchange, 503, "{}");
			return;
		}
		int accepted = 0;
		int duplicates = 0;
		StringBuilder rejected = new StringBuilder();
		int index = 0;
		for (JsonNode reading : body.path("readings")) {
			String vin = reading.path("vin").asString();
			if (!knownVins.isEmpty() && !knownVins.contains(vin)) {
				rejected.append(rejected.isEmpty() ? "" : ",").append("{\"index\":").append(index)
						.append(",\"reason\":\"UNKNOWN_VIN\"}");
			}
			else if (keys.add(vin + "@" + reading.path("ts").asString())) {
				stored.add(reading);
				accepted++;
			}
			else {
				duplicates++;
			}
			index++;
		}
		respond(exchange, 202, "{\"accepted\":" + accepted + ",\"duplicates\":" + duplicates + ",\"rejected\":[" + rejected + "]}");
	}

	private static JsonNode read(InputStream in) throws IOException {
		return JsonMapper.shared().readTree(in.readAllBytes());
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
