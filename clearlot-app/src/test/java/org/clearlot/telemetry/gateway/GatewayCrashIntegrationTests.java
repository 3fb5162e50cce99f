package org.clearlot.telemetry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Revision;
import org.clearlot.support.Api;
import org.clearlot.support.ChildApplication;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.Test;

/**
 * The gateway's promise under a hard kill: every frame it acknowledged is stored, exactly once, after the process
 * was killed with SIGKILL while vehicles were streaming; and frames sent again after the restart (as terminals do
 * for unacknowledged ones) are acknowledged without being stored twice.
 */
class GatewayCrashIntegrationTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final int VEHICLES = 12;

	@Test
	void everyAcknowledgedFrameSurvivesAKillExactlyOnce() throws Exception {
		Path dataDir = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
		List<String> vins = new ArrayList<>();
		Map<String, Set<LocalDateTime>> acknowledged = new ConcurrentHashMap<>();
		Map<String, List<LocalDateTime>> sent = new ConcurrentHashMap<>();
		LocalDateTime start = LocalDateTime.now(BEIJING).minusHours(6).truncatedTo(ChronoUnit.SECONDS);
		try (ChildApplication first = ChildApplication.start(dataDir, "--clearlot.demo.enabled=true",
				"--clearlot.demo.listings=0")) {
			Api api = new Api(first.httpPort());
			String dealer = api.token("demo-dealer", "clearlot-demo");
			for (int i = 0; i < VEHICLES; i++) {
				String vin = TestVins.next();
				assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealer).status()).isEqualTo(201);
				vins.add(vin);
			}
			AtomicBoolean streaming = new AtomicBoolean(true);
			List<Thread> streams = new ArrayList<>();
			for (String vin : vins) {
				acknowledged.put(vin, ConcurrentHashMap.newKeySet());
				sent.put(vin, java.util.Collections.synchronizedList(new ArrayList<>()));
				Thread stream = new Thread(() -> stream(first.gatewayPort(), vin, start, streaming, sent.get(vin),
						acknowledged.get(vin)));
				streams.add(stream);
				stream.start();
			}
			org.awaitility.Awaitility.await().until(() -> acknowledged.values().stream().mapToInt(Set::size).sum() > 600);
			first.kill();
			streaming.set(false);
			for (Thread stream : streams) {
				stream.join(30_000);
			}
		}
		int acked = acknowledged.values().stream().mapToInt(Set::size).sum();
		assertThat(acked).isGreaterThan(600);

		try (ChildApplication second = ChildApplication.start(dataDir)) {
			Map<String, Map<LocalDateTime, Integer>> stored = stored(dataDir, vins);
			for (String vin : vins) {
				for (LocalDateTime time : acknowledged.get(vin)) {
					assertThat(stored.get(vin).get(time)).as("%s at %s was acknowledged", vin, time).isEqualTo(1);
				}
			}
			try (GatewayClient client = new GatewayClient(second.gatewayPort())) {
				for (String vin : vins) {
					client.send(Frames.login(Revision.V2016, vin, start));
					assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
					for (LocalDateTime time : sent.get(vin)) {
						client.send(Frames.realtime(Revision.V2016, vin, time, 50));
						assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
					}
				}
			}
			Map<String, Map<LocalDateTime, Integer>> after = stored(dataDir, vins);
			for (String vin : vins) {
				assertThat(after.get(vin).keySet()).containsExactlyInAnyOrderElementsOf(sent.get(vin));
				assertThat(after.get(vin).values()).allMatch(count -> count == 1);
			}
		}
	}

	/** One vehicle: logs in, then sends frame after frame, each after the previous one was acknowledged. */
	private static void stream(int port, String vin, LocalDateTime start, AtomicBoolean streaming,
			List<LocalDateTime> sent, Set<LocalDateTime> acknowledged) {
		try (GatewayClient client = new GatewayClient(port)) {
			client.send(Frames.login(Revision.V2016, vin, start));
			client.reply();
			for (int i = 0; streaming.get(); i++) {
				LocalDateTime time = start.plusSeconds(10L * i);
				sent.add(time);
				client.send(Frames.realtime(Revision.V2016, vin, time, 50));
				if (client.reply().header().response() == ResponseFlag.SUCCESS) {
					acknowledged.add(time);
				}
			}
		}
		catch (java.io.IOException killed) {
			// the application was killed: the frame in flight was not acknowledged
		}
	}

	/** How many rows each (vehicle, collection time) has, read from the embedded PostgreSQL directly. */
	private static Map<String, Map<LocalDateTime, Integer>> stored(Path dataDir, List<String> vins) throws Exception {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
		Map<String, Map<LocalDateTime, Integer>> stored = new java.util.HashMap<>();
		vins.forEach(vin -> stored.put(vin, new java.util.HashMap<>()));
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip()
				+ "/postgres", "postgres", "");
				PreparedStatement query = connection.prepareStatement("""
						SELECT vin, ts AT TIME ZONE 'Asia/Shanghai', count(*) FROM telemetry.readings
						WHERE vin = ANY (?) GROUP BY 1, 2""")) {
			query.setArray(1, connection.createArrayOf("varchar", vins.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					stored.get(rows.getString(1)).put(rows.getObject(2, LocalDateTime.class), rows.getInt(3));
				}
			}
		}
		return stored;
	}
}
