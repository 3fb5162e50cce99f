package org.clearlot.telemetry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.clearlot.gbt32960.Acknowledgement;
import org.clearlot.gbt32960.ActivationResponse;
import org.clearlot.gbt32960.Command;
import org.clearlot.gbt32960.Encryption;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.FrameHeader;
import org.clearlot.gbt32960.Heartbeat;
import org.clearlot.gbt32960.PlatformLogin;
import org.clearlot.gbt32960.ResponseFlag;
import org.clearlot.gbt32960.Revision;
import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The gateway over real TCP: logins, durable acknowledgements, duplicates, refusals, signatures, garbage. */
@ClearlotIntegrationTest
class GatewayIntegrationTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int httpPort;

	@Autowired
	GatewayServer gateway;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	Api api;
	String dealer;

	@BeforeEach
	void signIn() {
		api = new Api(httpPort);
		dealer = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
	}

	@ParameterizedTest
	@EnumSource(Revision.class)
	void aRegisteredVehicleLogsInAndEachFrameIsAcknowledgedOnceStored(Revision revision) throws Exception {
		String vin = electricCar();
		LocalDateTime time = LocalDateTime.now(BEIJING).minusMinutes(10).truncatedTo(ChronoUnit.SECONDS);
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			client.send(Frames.login(revision, vin, time));
			assertThat(client.reply().header()).satisfies(reply -> ok(reply, revision, Command.VEHICLE_LOGIN, vin));
			client.send(Frames.realtime(revision, vin, time, 61));
			Frame ack = client.reply();
			ok(ack.header(), revision, Command.REALTIME, vin);
			assertThat(((Acknowledgement) ack.body()).time()).isNotNull();
			assertThat(stored(vin)).as("acknowledged only once committed").isEqualTo(1);

			client.send(Frames.realtime(revision, vin, time, 61));
			ok(client.reply().header(), revision, Command.REALTIME, vin);
			assertThat(stored(vin)).as("a repeated frame is acknowledged and not stored twice").isEqualTo(1);

			client.send(Frames.ENCODER.encode(Frame.of(revision, vin, new Heartbeat())));
			ok(client.reply().header(), revision, Command.HEARTBEAT, vin);
		}
		var row = jdbc.queryForMap("SELECT source, soc_percent, pack_current_a, cell_voltage_max_v, cell_voltage_min_v, "
				+ "probe_temp_max_c, alarm_flags, signature_verified FROM telemetry.readings WHERE vin = ?", vin);
		assertThat(((Number) row.get("source")).intValue()).isEqualTo(revision == Revision.V2016 ? 2 : 3);
		assertThat(((Number) row.get("soc_percent")).doubleValue()).isEqualTo(61.0);
		assertThat(((Number) row.get("pack_current_a")).doubleValue()).isEqualTo(-45.5);
		assertThat(((Number) row.get("cell_voltage_max_v")).doubleValue()).isEqualTo(3.362, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(((Number) row.get("cell_voltage_min_v")).doubleValue()).isEqualTo(3.341, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(((Number) row.get("probe_temp_max_c")).intValue()).isEqualTo(27);
		assertThat(row.get("alarm_flags")).isEqualTo(1);
		assertThat(row.get("signature_verified")).isEqualTo(revision == Revision.V2016 ? null : Boolean.FALSE);
	}

	@Test
	void anUnknownVinIsToldSoAndFramesBeforeLoginAreRefused() throws Exception {
		String unknown = TestVins.next();
		LocalDateTime time = LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			client.send(Frames.login(Revision.V2025, unknown, time));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.VIN_NOT_FOUND);
			client.send(Frames.login(Revision.V2016, unknown, time));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.ERROR);
			client.send(Frames.realtime(Revision.V2016, electricCar(), time, 50));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.ERROR);
			assertThat(client.closedByServer()).as("closed after three refusals").isTrue();
		}
	}

	@Test
	void aForwardingPlatformSendsFramesOfManyVehiclesOverOneConnection() throws Exception {
		String first = electricCar();
		String second = electricCar();
		LocalDateTime time = LocalDateTime.now(BEIJING).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			client.send(platformLogin("test-oem", "wrong"));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.ERROR);
			client.send(platformLogin("test-oem", "test-oem-secret"));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
			client.send(Frames.realtime(Revision.V2016, first, time, 40));
			client.send(Frames.realtime(Revision.V2016, second, time, 70));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
		}
		assertThat(stored(first)).isEqualTo(1);
		assertThat(stored(second)).isEqualTo(1);
	}

	@Test
	void signedFramesAreVerifiedWithTheKeyRegisteredAtActivation() throws Exception {
		String vin = electricCar();
		Frames.Sm2Key key = new Frames.Sm2Key();
		LocalDateTime time = LocalDateTime.now(BEIJING).minusMinutes(3).truncatedTo(ChronoUnit.SECONDS);
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			client.send(key.activation(vin, time));
			Frame activated = client.reply();
			assertThat(activated.header().command()).isEqualTo(Command.ACTIVATION_RESPONSE);
			assertThat(((ActivationResponse) activated.body()).activated()).isTrue();
			client.send(Frames.login(Revision.V2025, vin, time));
			client.reply();
			client.send(Frames.ENCODER.encode(Frame.of(Revision.V2025, vin, Frames.report(Revision.V2025, time, 50, -30)), key));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SUCCESS);
			Frames.Sm2Key impostor = new Frames.Sm2Key();
			client.send(Frames.ENCODER.encode(Frame.of(Revision.V2025, vin,
					Frames.report(Revision.V2025, time.plusSeconds(10), 51, -30)), impostor));
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.SIGNATURE_FAILED);
		}
		assertThat(jdbc.queryForList("SELECT signature_verified FROM telemetry.readings WHERE vin = ?", Boolean.class, vin))
			.containsExactly(true);
	}

	@Test
	void garbageAndOversizedFramesCloseTheConnectionButNotTheServer() throws Exception {
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			client.send(new byte[2048]);
			assertThat(client.closedByServer()).isTrue();
		}
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			byte[] header = Frames.login(Revision.V2016, electricCar(), LocalDateTime.now(BEIJING));
			header[22] = (byte) 0xFF;
			header[23] = (byte) 0xF0;
			client.send(header);
			assertThat(client.closedByServer()).isTrue();
		}
		try (GatewayClient client = new GatewayClient(gateway.port())) {
			byte[] badChecksum = Frames.login(Revision.V2025, electricCar(), LocalDateTime.now(BEIJING));
			badChecksum[badChecksum.length - 1] ^= 0x5A;
			client.send(badChecksum);
			assertThat(client.reply().header().response()).isEqualTo(ResponseFlag.DATA_STRUCTURE_ERROR);
			client.send(Frames.login(Revision.V2025, electricCar(), LocalDateTime.now(BEIJING)));
			assertThat(client.reply().header().response()).as("one bad frame is not the end").isEqualTo(ResponseFlag.SUCCESS);
		}
	}

	private byte[] platformLogin(String user, String password) {
		return Frames.ENCODER.encode(Frame.of(Revision.V2016, "PLATFORM000000001", new PlatformLogin(
				LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS), 1, user, password, Encryption.NONE)));
	}

	private static void ok(FrameHeader reply, Revision revision, Command command, String vin) {
		assertThat(reply.revision()).isEqualTo(revision);
		assertThat(reply.command()).isEqualTo(command);
		assertThat(reply.response()).isEqualTo(ResponseFlag.SUCCESS);
		assertThat(reply.vin()).isEqualTo(vin);
	}

	private int stored(String vin) {
		return jdbc.queryForObject("SELECT count(*) FROM telemetry.readings WHERE vin = ?", Integer.class, vin);
	}

	private String electricCar() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealer).status()).isEqualTo(201);
		return vin;
	}
}
