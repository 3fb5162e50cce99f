package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2016 logins and the heartbeat pair of {@code login-frames.txt}. */
class LoginFramesTests {

	@Test
	void stripsTheZeroPaddingOfAShortVinAndReadsThreeSubsystemCodes() {
		DecodeResult.Decoded decoded = SampleFrames.decoded(SampleFrames.frame("jtne_login"));
		assertThat(decoded.frame().header().vin()).isEqualTo("123456789");
		VehicleLogin login = (VehicleLogin) decoded.frame().body();
		// 13 01 16 17 37 38 is plain binary, not BCD: 2019-01-22 23:55:56
		assertThat(login.time()).isEqualTo(LocalDateTime.of(2019, 1, 22, 23, 55, 56));
		assertThat(login.serial()).isEqualTo(1);
		assertThat(login.iccid()).isEqualTo("12345678998765432100");
		assertThat(login.allPackCodes()).containsExactly("1234", "4567", "9870");
	}

	@Test
	void readsLoginsWithAnEmptySubsystemCode() {
		VehicleLogin node = SampleFrames.body("node_login");
		assertThat(node.time()).isEqualTo(LocalDateTime.of(2018, 6, 22, 16, 21, 15));
		assertThat(node.serial()).isEqualTo(31);
		assertThat(node.iccid()).isEqualTo("89860616020046379629");
		assertThat(node.packCodes()).containsExactly(List.of(""));
		VehicleLogin java = SampleFrames.body("java_login");
		assertThat(java.iccid()).isEqualTo("898602B10315C0509426");
		assertThat(java.time()).isEqualTo(LocalDateTime.of(2019, 7, 26, 14, 2, 22));
		VehicleLogin py = SampleFrames.body("py_login");
		assertThat(py.serial()).isEqualTo(1);
		assertThat(py.time()).isEqualTo(LocalDateTime.of(2018, 5, 16, 11, 11, 48));
	}

	@Test
	void decodesTheHeartbeatAndItsEmptyReply() {
		DecodeResult.Decoded heartbeat = SampleFrames.decoded(SampleFrames.frame("heartbeat_2016_synthetic"));
		assertThat(heartbeat.frame().body()).isEqualTo(new Heartbeat());
		assertThat(heartbeat.frame().header().vin()).isEqualTo("LSVAU2A37K2100001");
		DecodeResult.Decoded reply = SampleFrames.decoded(SampleFrames.frame("heartbeat_ack_2016_synthetic"));
		assertThat(reply.frame().header().response()).isEqualTo(ResponseFlag.SUCCESS);
		assertThat(reply.frame().body()).isEqualTo(Acknowledgement.empty());
	}
}
