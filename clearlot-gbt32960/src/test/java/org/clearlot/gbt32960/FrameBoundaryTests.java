package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.clearlot.gbt32960.FrameBoundary.Boundary;
import org.clearlot.gbt32960.FrameBoundary.Boundary.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stream framing: how long the next frame is, what is garbage, and when to wait. */
class FrameBoundaryTests {

	private static final byte[] LOGOUT = SampleFrames.frame("logout2025");
	private static final int MAX = Gbt32960Decoder.DEFAULT_MAX_FRAME_LENGTH;

	static Stream<Arguments> buffers() {
		byte[] noisy = TestFrames.concat(new byte[] {0x00, 0x11, '#'}, LOGOUT);
		byte[] badFlag = LOGOUT.clone();
		badFlag[3] = 0x42;
		byte[] huge = LOGOUT.clone();
		huge[22] = (byte) 0xFF;
		return Stream.of(
				Arguments.of("nothing", new byte[0], Kind.NEED_MORE, 1),
				Arguments.of("a lone $", new byte[] {'$'}, Kind.NEED_MORE, 1),
				Arguments.of("ten header bytes", Arrays.copyOf(LOGOUT, 10), Kind.NEED_MORE, 14),
				Arguments.of("the header", Arrays.copyOf(LOGOUT, 24), Kind.NEED_MORE, LOGOUT.length - 24),
				Arguments.of("a frame", LOGOUT, Kind.FRAME, LOGOUT.length),
				Arguments.of("a frame and the next one's start", TestFrames.concat(LOGOUT, new byte[] {'$', '$'}),
						Kind.FRAME, LOGOUT.length),
				Arguments.of("noise, a lone #, then a frame", noisy, Kind.GARBAGE, 3),
				Arguments.of("noise only", new byte[] {1, 2, 3, 4}, Kind.GARBAGE, 4),
				Arguments.of("noise ending in a possible start", new byte[] {1, 2, '#'}, Kind.GARBAGE, 2),
				Arguments.of("mixed markers", new byte[] {'#', '$', '$', 0}, Kind.GARBAGE, 1),
				Arguments.of("an undefined response flag", badFlag, Kind.GARBAGE, LOGOUT.length),
				Arguments.of("a declared length over the maximum", huge, Kind.TOO_LONG, 0xFF08 + 25));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("buffers")
	void inspects(String name, byte[] buffered, Kind kind, int bytes) {
		assertThat(FrameBoundary.inspect(buffered, 0, buffered.length, MAX)).isEqualTo(new Boundary(kind, bytes));
		ByteBuffer direct = ByteBuffer.allocateDirect(buffered.length + 3).put(new byte[3]).put(buffered).position(3);
		assertThat(FrameBoundary.inspect(direct, MAX)).isEqualTo(new Boundary(kind, bytes));
		assertThat(direct.position()).isEqualTo(3);
	}

	@Test
	void neverLooksPastTheBufferedBytes() {
		byte[] buffer = TestFrames.concat(new byte[5], LOGOUT);
		assertThat(FrameBoundary.inspect(buffer, 5, 20, MAX)).isEqualTo(new Boundary(Kind.NEED_MORE, 4));
		assertThat(FrameBoundary.inspect(buffer, 5, LOGOUT.length - 1, MAX)).isEqualTo(new Boundary(Kind.NEED_MORE, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> FrameBoundary.inspect(buffer, 5, buffer.length, MAX));
		assertThatIllegalArgumentException().isThrownBy(() -> FrameBoundary.inspect(buffer, 0, 1, 24));
	}

	@Test
	void recoversEveryFrameFromANoisyStreamFedInSmallChunks() {
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		List<byte[]> sent = new ArrayList<>(SampleFrames.load(SampleFrames.RTM_CON).values());
		for (byte[] frame : sent) {
			stream.writeBytes(new byte[] {0x23, 0x00, 0x24, 0x7F});
			stream.writeBytes(frame);
		}
		byte[] wire = stream.toByteArray();
		List<byte[]> received = new ArrayList<>();
		int start = 0;
		int buffered = 0;
		while (start < wire.length) {
			Boundary boundary = FrameBoundary.inspect(wire, start, buffered, MAX);
			switch (boundary.kind()) {
				case NEED_MORE -> buffered = Math.min(wire.length - start, buffered + Math.max(7, boundary.bytes()));
				case FRAME -> {
					received.add(Arrays.copyOfRange(wire, start, start + boundary.bytes()));
					start += boundary.bytes();
					buffered -= boundary.bytes();
				}
				case GARBAGE -> {
					start += boundary.bytes();
					buffered -= boundary.bytes();
				}
				case TOO_LONG -> throw new AssertionError("no frame here is too long");
			}
		}
		assertThat(received).containsExactlyElementsOf(sent);
	}
}
