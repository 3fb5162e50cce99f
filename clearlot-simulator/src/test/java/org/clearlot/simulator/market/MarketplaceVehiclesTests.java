package org.clearlot.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clearlot.simulator.Chemistry;
import org.clearlot.simulator.FleetGenerator;
import org.clearlot.simulator.GeneratorOptions;
import org.clearlot.simulator.KnownVehicle;
import org.clearlot.simulator.VehicleSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceVehiclesTests {

	static final String BEV = "LRWYGCEK1PC000001";
	static final String PHEV = "LGXCE4CB2P0000002";
	HttpServer server;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/listings", exchange -> {
			String query = exchange.getRequestURI().getQuery();
			String items = query.contains("powertrain=BEV")
					? "{\"id\":1,\"vin\":\"" + BEV + "\",\"year\":2021,\"mileageKm\":52000,\"city\":\"Wuhan\",\"powertrain\":\"BEV\"}"
					: "{\"id\":2,\"vin\":\"" + PHEV + "\",\"year\":2023,\"mileageKm\":18000,\"city\":\"Atlantis\",\"powertrain\":\"PHEV\"}";
			respond(exchange, "{\"items\":[" + items + "],\"total\":1,\"page\":0,\"size\":100,\"facets\":{}}");
		});
		server.createContext("/api/v1/vehicles/", exchange -> {
			boolean bev = exchange.getRequestURI().getPath().endsWith(BEV);
			respond(exchange, bev
					? "{\"vin\":\"" + BEV + "\",\"battery\":{\"nominalCapacityAh\":150.0,\"nominalVoltageV\":350.4,"
							+ "\"nominalEnergyKwh\":52.6,\"chemistry\":\"NCM\",\"packCode\":\"0RJPEA00HAU0AAF131001955\"}}"
					: "{\"vin\":\"" + PHEV + "\",\"battery\":null}");
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void readsElectricListingsAndTheirBatteryNameplates() {
		URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
		List<KnownVehicle> vehicles = new MarketplaceVehicles(base).fetch(10);
		assertThat(vehicles).extracting(KnownVehicle::vin).containsExactly(BEV, PHEV);
		KnownVehicle bev = vehicles.get(0);
		assertThat(bev.nominalCapacityAh()).isEqualTo(150.0);
		assertThat(bev.chemistry()).isEqualTo(Chemistry.NMC);
		assertThat(bev.modelYear()).isEqualTo(2021);
		assertThat(bev.odometerKm()).isEqualTo(52000.0);
		assertThat(vehicles.get(1).plugInHybrid()).isTrue();
		assertThat(vehicles.get(1).nominalCapacityAh()).isNull();

		FleetGenerator generator = new FleetGenerator(1, Instant.parse("2026-01-01T00:00:00Z"), GeneratorOptions.defaults());
		VehicleSpec spec = generator.complete(bev);
		assertThat(spec.pack().nominalCapacityAh()).isEqualTo(150.0);
		assertThat(spec.pack().cellsInSeries()).isEqualTo(96);
		assertThat(spec.pack().packCode()).isEqualTo("0RJPEA00HAU0AAF131001955");
		assertThat(spec.startOdometerKm()).isEqualTo(52000.0);
		assertThat(spec.city().name()).isEqualTo("Wuhan");
		assertThat(generator.complete(vehicles.get(1)).equipment().plugInHybrid()).isTrue();
	}

	static void respond(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
