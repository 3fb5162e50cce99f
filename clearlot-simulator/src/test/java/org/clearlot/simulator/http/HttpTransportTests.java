package org.clearlot.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.clearlot.simulator.Fleet;
import org.clearlot.simulator.Reading;
import org.clearlot.simulator.Reporting;
import org.clearlot.simulator.transport.DeliveryCounts;
import org.clearlot.simulator.transport.Pacer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HttpTransportTests {

	static final Instant EPOCH = Instant.parse("2026-05-04T00:00:00Z");
	FakeTelemetryServer server;
	Fleet fleet;

	@BeforeEach
	void start() throws Exception {
		server = new FakeTelemetryServer();
		fleet = Fleet.generate(21, EPOCH, 3);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	List<Reading> readings(int hours) {
		return fleet.merged(EPOCH, EPOCH.plus(Duration.ofHours(hours)), Reporting.every(Duration.ofSeconds(30))).stream().toList();
	}

	@Test
	void streamsEveryReadingInBatchesWithTheFieldNamesOfTheApi() {
		List<Reading> readings = readings(30);
		HttpTelemetryClient client = new HttpTelemetryClient(server.base(), "demo-telemetry", "clearlot-demo", true);
		DeliveryCounts.Summary summary = new HttpStreamer(client, 500, Pacer.unlimited()).stream(readings.iterator(), n -> { });

		assertThat(summary.acknowledged()).isEqualTo(readings.size());
		assertThat(summary.errors()).isZero();
		assertThat(server.stored).hasSize(readings.size());
		JsonNode first = server.stored.get(0);
		assertThat(first.propertyNames()).contains("vin", "ts", "vehicleState", "chargingState", "speedKmh", "odometerKm",
				"packVoltageV", "packCurrentA", "socPercent", "insulationKohm", "cellVoltageMaxV", "cellVoltageMinV",
				"probeTempMaxC", "probeTempMinC", "alarmLevel", "alarmFlags", "latitude", "longitude", "cellVoltagesV",
				"probeTemperaturesC");
		Reading original = readings.get(0);
		assertThat(java.time.OffsetDateTime.parse(first.get("ts").asString())).isEqualTo(original.ts());
		assertThat(first.get("ts").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
		assertThat(first.get("socPercent").asInt()).isEqualTo(original.socPercent());
		assertThat(first.get("packCurrentA").asDouble()).isEqualTo(original.packCurrentA());
		assertThat(first.get("cellVoltagesV").size()).isEqualTo(original.cellVoltages().size());
	}

	@Test
	void resendingIsSafeBecauseTheServerCountsDuplicates() {
		List<Reading> readings = readings(12);
		HttpTelemetryClient client = new HttpTelemetryClient(server.base(), "demo-telemetry", "clearlot-demo", false);
		client.authenticate();
		BatchResult first = client.post(readings.subList(0, 100));
		BatchResult again = client.post(readings.subList(0, 100));
		assertThat(first.accepted()).isEqualTo(100);
		assertThat(again.accepted()).isZero();
		assertThat(again.duplicates()).isEqualTo(100);
		assertThat(server.stored.get(0).has("cellVoltagesV")).isFalse();
	}

	@Test
	void retriesServerErrorsAndRenewsAnExpiredToken() {
		List<Reading> readings = readings(6);
		HttpTelemetryClient client = new HttpTelemetryClient(server.base(), "demo-telemetry", "clearlot-demo", false);
		client.authenticate();
		server.failuresToInject.set(1);
		server.unauthorizedToInject.set(1);
		BatchResult result = client.post(readings.subList(0, 10));
		assertThat(result.accepted()).isEqualTo(10);
		assertThat(server.tokensIssued.get()).isEqualTo(2);
	}

	@Test
	void reportsRejectedReadingsWithTheirIndex() {
		List<Reading> readings = readings(6);
		server.knownVins.add(readings.get(0).vin());
		HttpTelemetryClient client = new HttpTelemetryClient(server.base(), "demo-telemetry", "clearlot-demo", false);
		BatchResult result = client.post(readings.subList(0, 50));
		assertThat(result.accepted() + result.rejected().size()).isEqualTo(50);
		assertThat(result.rejected()).allSatisfy(r -> {
			assertThat(r.reason()).isEqualTo("UNKNOWN_VIN");
			assertThat(readings.get(r.index()).vin()).isNotEqualTo(readings.get(0).vin());
		});
	}

	@Test
	void aWrongPasswordFailsLoudly() {
		HttpTelemetryClient client = new HttpTelemetryClient(server.base(), "demo-telemetry", "wrong", false);
		assertThatThrownBy(client::authenticate).isInstanceOf(TelemetryApiException.class).hasMessageContaining("401");
	}
}
