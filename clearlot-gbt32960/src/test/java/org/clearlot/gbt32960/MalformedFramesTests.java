package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.clearlot.gbt32960.DecodeResult.Malformed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bytes that are not a frame: each yields a typed error, a detail and an offset, and the header when readable. */
class MalformedFramesTests {

	private static final byte[] LOGOUT = SampleFrames.frame("logout2016");

	private static Arguments damaged(String name, UnaryOperator<byte[]> damage, DecodeError error, int offset,
			boolean withHeader) {
		return Arguments.of(name, damage.apply(LOGOUT.clone()), error, offset, withHeader);
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("empty", new byte[0], DecodeError.TOO_SHORT, 0, false),
				Arguments.of("header only", Arrays.copyOf(LOGOUT, 24), DecodeError.TOO_SHORT, 24, true),
				damaged("letters instead of ##", f -> { f[0] = 'A'; return f; }, DecodeError.BAD_START, 0, false),
				damaged("#$", f -> { f[1] = '$'; return f; }, DecodeError.BAD_START, 1, false),
				damaged("cut by five bytes", f -> Arrays.copyOf(f, f.length - 5), DecodeError.LENGTH_MISMATCH, 22, true),
				Arguments.of("a realtime report cut in the middle", Arrays.copyOf(SampleFrames.frame("data_2016"), 300),
						DecodeError.LENGTH_MISMATCH, 22, true),
				damaged("length one too large", f -> { f[23]++; return TestFrames.withBcc(f); },
						DecodeError.LENGTH_MISMATCH, 22, true),
				damaged("a flipped bit", f -> { f[30] ^= 0x10; return f; }, DecodeError.BAD_CHECKSUM, 32, true),
				damaged("command 55", f -> { f[2] = 0x55; return TestFrames.withBcc(f); }, DecodeError.UNKNOWN_COMMAND, 2,
						true),
				damaged("2025 activation in a 2016 frame", f -> { f[2] = 0x09; return TestFrames.withBcc(f); },
						DecodeError.UNKNOWN_COMMAND, 2, true),
				damaged("response flag 09", f -> { f[3] = 0x09; return TestFrames.withBcc(f); }, DecodeError.BAD_FIELD, 3,
						true),
				damaged("encryption 07", f -> { f[21] = 0x07; return TestFrames.withBcc(f); }, DecodeError.BAD_FIELD, 21,
						true),
				damaged("month 13", f -> { f[25] = 13; return TestFrames.withBcc(f); }, DecodeError.BAD_FIELD, 24, true),
				damaged("29 February 2025", f -> { f[25] = 2; f[26] = 29; return TestFrames.withBcc(f); },
						DecodeError.BAD_FIELD, 24, true),
				Arguments.of("logout without serial", TestFrames.frame(Revision.V2016, 0x04, 0xFE,
						TestFrames.time(TestFrames.TIME)), DecodeError.TRUNCATED_BLOCK, 30, true),
				Arguments.of("reply of three bytes", TestFrames.frame(Revision.V2016, 0x01, 0x01, new byte[3]),
						DecodeError.TRUNCATED_BLOCK, 24, true),
				Arguments.of("2016 login missing its codes", TestFrames.frame(Revision.V2016, 0x01, 0xFE,
						TestFrames.concat(TestFrames.time(TestFrames.TIME), new byte[22], new byte[] {3, 24})),
						DecodeError.TRUNCATED_BLOCK, 54, true),
				Arguments.of("realtime without its time", TestFrames.frame(Revision.V2025, 0x02, 0xFE, new byte[4]),
						DecodeError.TRUNCATED_BLOCK, 24, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reportsWhatIsWrong(String name, byte[] bytes, DecodeError error, int offset, boolean withHeader) {
		DecodeResult result = new Gbt32960Decoder().decode(bytes);
		assertThat(result).isInstanceOfSatisfying(Malformed.class, malformed -> {
			assertThat(malformed.error()).isEqualTo(error);
			assertThat(malformed.offset()).isEqualTo(offset);
			assertThat(malformed.detail()).isNotBlank();
			assertThat(malformed.header() != null).isEqualTo(withHeader);
		});
	}

	@Test
	void theHeaderOfAMalformedFrameAllowsAnErrorReply() {
		byte[] bytes = LOGOUT.clone();
		bytes[30] ^= 1;
		Malformed malformed = (Malformed) new Gbt32960Decoder().decode(bytes);
		assertThat(malformed.header()).isEqualTo(new FrameHeader(Revision.V2016, 0x04, ResponseFlag.COMMAND,
				"HAUV4BGN6S5002219", Encryption.NONE));
		assertThat(malformed.detail()).isEqualTo("BCC is C8 but the bytes give C9");
	}

	@Test
	void rejectsFramesAboveTheMaximumLength() {
		byte[] large = TestFrames.realtime(Revision.V2016,
				TestFrames.concat(new byte[] {(byte) 0x80, 0x42, 0x00}, new byte[0x4200]));
		assertThat(large.length).isGreaterThan(Gbt32960Decoder.DEFAULT_MAX_FRAME_LENGTH);
		assertThat(new Gbt32960Decoder().decode(large)).isInstanceOfSatisfying(Malformed.class,
				malformed -> assertThat(malformed.error()).isEqualTo(DecodeError.TOO_LONG));
		assertThat(new Gbt32960Decoder(Gbt32960Decoder.ABSOLUTE_MAX_FRAME_LENGTH).decode(large))
				.isInstanceOf(DecodeResult.Decoded.class);
		assertThat(new Gbt32960Decoder(100).decode(SampleFrames.frame("data_2016")))
				.isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.error()).isEqualTo(DecodeError.TOO_LONG));
	}

	@Test
	void theMaximumFrameLengthIsBounded() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Gbt32960Decoder(24 + 65535 + 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new Gbt32960Decoder(24));
	}

	@Test
	void reportsBadArgumentsInsteadOfThrowing() {
		Gbt32960Decoder decoder = new Gbt32960Decoder();
		assertThat(decoder.decode((byte[]) null)).isInstanceOfSatisfying(Malformed.class,
				m -> assertThat(m.error()).isEqualTo(DecodeError.BAD_ARGUMENTS));
		assertThat(decoder.decode(LOGOUT, 10, LOGOUT.length)).isInstanceOfSatisfying(Malformed.class,
				m -> assertThat(m.error()).isEqualTo(DecodeError.BAD_ARGUMENTS));
		assertThat(decoder.decode(LOGOUT, -1, 3)).isInstanceOfSatisfying(Malformed.class,
				m -> assertThat(m.error()).isEqualTo(DecodeError.BAD_ARGUMENTS));
	}
}
