package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Replies built from a received header match the sample replies and map 2025-only flags on 2016. */
class ResponsesTests {

	private static final LocalDateTime SAMPLE_TIME = LocalDateTime.of(2025, 10, 27, 20, 2, 2);

	private static FrameHeader headerOf(String sample) {
		return SampleFrames.decoded(SampleFrames.frame(sample)).frame().header();
	}

	@Test
	void acknowledgesALoginAsTheSampleReplyDoes() {
		assertThat(Responses.acknowledge(headerOf("login2016_with_serveral_HVBSNs"), SAMPLE_TIME))
				.isEqualTo(SampleFrames.frame("ack2016"));
		assertThat(Responses.acknowledge(headerOf("login2025_with_one_HVBSN"), SAMPLE_TIME))
				.isEqualTo(SampleFrames.frame("ack2025"));
	}

	@Test
	void acknowledgesAHeartbeatWithAnEmptyUnit() {
		assertThat(Responses.acknowledge(headerOf("heartbeat_2016_synthetic"), SAMPLE_TIME))
				.isEqualTo(SampleFrames.frame("heartbeat_ack_2016_synthetic"));
	}

	@ParameterizedTest(name = "{0} {1} is sent as {2}")
	@CsvSource({"logout2016, VIN_NOT_FOUND, ERROR", "logout2025, VIN_NOT_FOUND, VIN_NOT_FOUND",
			"logout2016, DUPLICATE_VIN, DUPLICATE_VIN", "logout2025, SIGNATURE_FAILED, SIGNATURE_FAILED",
			"logout2016, DECRYPTION_ERROR, ERROR"})
	void rejects(String sample, ResponseFlag flag, ResponseFlag sent) {
		FrameHeader request = headerOf(sample);
		Frame reply = SampleFrames.decoded(Responses.reject(request, flag, SAMPLE_TIME)).frame();
		assertThat(reply.header()).isEqualTo(request.withResponse(sent));
		assertThat(reply.body()).isEqualTo(Acknowledgement.at(SAMPLE_TIME));
	}

	@Test
	void repliesToTheHeaderOfAMalformedFrame() {
		byte[] unknown = TestFrames.frame(Revision.V2025, 0x55, 0xFE, new byte[0]);
		DecodeResult.Malformed malformed = (DecodeResult.Malformed) new Gbt32960Decoder().decode(unknown);
		byte[] reply = Responses.reject(malformed.header(), ResponseFlag.DATA_STRUCTURE_ERROR, SAMPLE_TIME);
		assertThat(reply[2]).isEqualTo((byte) 0x55);
		assertThat(reply[3]).isEqualTo((byte) 0x06);
	}

	@Test
	void refusesNonFailureFlags() {
		FrameHeader request = headerOf("logout2016");
		assertThatIllegalArgumentException().isThrownBy(() -> Responses.reject(request, ResponseFlag.SUCCESS, SAMPLE_TIME));
		assertThatIllegalArgumentException().isThrownBy(() -> Responses.reject(request, ResponseFlag.COMMAND, SAMPLE_TIME));
	}
}
