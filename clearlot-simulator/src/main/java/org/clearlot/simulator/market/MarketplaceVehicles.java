package org.clearlot.simulator.market;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clearlot.simulator.Chemistry;
import org.clearlot.simulator.KnownVehicle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BEVs and PHEVs listed in a Clearlot marketplace: {@code GET /api/v1/listings?powertrain=…&size=100&page=…}
 * for VIN, model year, mileage and city, then {@code GET /api/v1/vehicles/{vin}} for the battery nameplate
 * (capacity, voltage, chemistry: NCM/NCA/LMO count as NMC here; pack code). Public endpoints, no token.
 */
public final class MarketplaceVehicles {

	private static final int PAGE_SIZE = 100;
	private static final int MAX_PAGES = 100;
	private static final JsonMapper JSON = JsonMapper.shared();

	private final URI base;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public MarketplaceVehicles(URI base) {
		this.base = base;
	}

	/** Up to {@code limit} electric vehicles, BEVs first. */
	public List<KnownVehicle> fetch(int limit) {
		List<KnownVehicle> found = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String powertrain : List.of("BEV", "PHEV")) {
			for (int page = 0; page < MAX_PAGES && found.size() < limit; page++) {
				JsonNode result = get("/api/v1/listings?powertrain=" + powertrain + "&size=" + PAGE_SIZE + "&page=" + page);
				JsonNode items = result.path("items");
				for (JsonNode item : items) {
					String vin = item.path("vin").asString();
					if (found.size() < limit && seen.add(vin)) {
						found.add(vehicle(item, vin, powertrain.equals("PHEV")));
					}
				}
				if (items.size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= result.path("total").asLong()) {
					break;
				}
			}
		}
		return found;
	}

	private KnownVehicle vehicle(JsonNode item, String vin, boolean plugIn) {
		JsonNode battery = get("/api/v1/vehicles/" + URLEncoder.encode(vin, StandardCharsets.UTF_8)).path("battery");
		Double capacity = battery.hasNonNull("nominalCapacityAh") ? battery.get("nominalCapacityAh").asDouble() : null;
		Double voltage = battery.hasNonNull("nominalVoltageV") ? battery.get("nominalVoltageV").asDouble() : null;
		Chemistry chemistry = switch (battery.path("chemistry").asString("")) {
			case "LFP" -> Chemistry.LFP;
			case "NCM", "NCA", "LMO" -> Chemistry.NMC;
			default -> null;
		};
		String packCode = battery.hasNonNull("packCode") ? battery.get("packCode").asString() : null;
		Integer year = item.hasNonNull("year") ? item.get("year").asInt() : null;
		Double mileage = item.hasNonNull("mileageKm") ? item.get("mileageKm").asDouble() : null;
		String city = item.hasNonNull("city") ? item.get("city").asString() : null;
		return new KnownVehicle(vin, capacity, voltage, chemistry, packCode, year, mileage, city, plugIn);
	}

	private JsonNode get(String path) {
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json").GET().build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + request.uri() + " answered HTTP " + response.statusCode());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException failed) {
			throw new IllegalStateException("cannot reach " + request.uri() + ": " + failed, failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", interrupted);
		}
	}
}
