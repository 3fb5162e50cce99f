package org.clearlot.gbt32960;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import org.clearlot.gbt32960.DecodeResult.Decoded;
import org.clearlot.gbt32960.DecodeResult.Malformed;
import org.clearlot.gbt32960.FrameBoundary.Boundary;
import org.clearlot.gbt32960.realtime.Signature;

/**
 * Fuzz targets. In a normal build they replay their seed inputs (src/test/resources/org/clearlot/gbt32960/
 * DecoderFuzzTestsInputs/, the sample frames) in a few seconds; with {@code JAZZER_FUZZ=1} the selected one is fuzzed
 * (see the module README). Each asserts that no exception escapes and that the results agree with each other: a
 * decoded frame is one FRAME for {@link FrameBoundary}, re-encodes (when its values allow) to bytes that decode to the
 * same frame, and a malformed one points inside the input.
 */
class DecoderFuzzTests {

	private static final Gbt32960Decoder DECODER = new Gbt32960Decoder(Gbt32960Decoder.ABSOLUTE_MAX_FRAME_LENGTH);
	private static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();
	private static final int[] COMMANDS = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x80};

	/** Any bytes as a frame. */
	@FuzzTest(maxDuration = "60s")
	void decodeAnyBytes(byte[] input) {
		check(input, DECODER.decode(input));
	}

	/**
	 * Any data unit under a valid envelope, so that the body decoders are reached: byte 0 picks the revision (bit 7)
	 * and the command, byte 1 the response flag, byte 2 the encryption; the rest is the data unit.
	 */
	@FuzzTest(maxDuration = "60s")
	void decodeAnyDataUnit(byte[] input) {
		if (input.length < 3) {
			return;
		}
		Revision revision = input[0] < 0 ? Revision.V2025 : Revision.V2016;
		int command = COMMANDS[(input[0] & 0x7F) % COMMANDS.length];
		int response = (input[1] & 0x01) == 0 ? 0xFE : 1 + (input[1] & 0xFF) % 7;
		int encryption = (input[2] & 0xFF) < 0xF0 ? 0x01 : 1 + (input[2] & 0x0F) % 5;
		byte[] unit = new byte[Math.min(input.length - 3, 0xFFFF)];
		System.arraycopy(input, 3, unit, 0, unit.length);
		byte[] frame = TestFrames.frame(revision, command, response, encryption, unit);
		DecodeResult result = DECODER.decode(frame);
		check(frame, result);
		if (result instanceof Malformed malformed && malformed.header() == null) {
			throw new AssertionError("a frame with a valid envelope lost its header: " + malformed);
		}
	}

	/** Any bytes as a stream buffer. */
	@FuzzTest(maxDuration = "60s")
	void inspectAnyBuffer(byte[] input) {
		int max = Gbt32960Decoder.DEFAULT_MAX_FRAME_LENGTH;
		Boundary boundary = FrameBoundary.inspect(input, 0, input.length, max);
		if (!boundary.equals(FrameBoundary.inspect(ByteBuffer.wrap(input), max))) {
			throw new AssertionError("array and buffer disagree");
		}
		int n = boundary.bytes();
		boolean consistent = switch (boundary.kind()) {
			case NEED_MORE -> n >= 1 && input.length + n <= max;
			case GARBAGE -> n >= 1 && n <= input.length;
			case TOO_LONG -> n > max;
			case FRAME -> n >= 25 && n <= input.length && n <= max && framed(input, n, max);
		};
		if (!consistent) {
			throw new AssertionError("inconsistent " + boundary + " for " + input.length + " bytes");
		}
	}

	private static boolean framed(byte[] input, int length, int max) {
		DecodeResult result = new Gbt32960Decoder(max).decode(input, 0, length);
		boolean envelopeOk = !(result instanceof Malformed malformed)
				|| malformed.error() != DecodeError.LENGTH_MISMATCH && malformed.error() != DecodeError.BAD_START
						&& malformed.error() != DecodeError.TOO_SHORT && malformed.error() != DecodeError.TOO_LONG;
		return envelopeOk && FrameBoundary.inspect(input, 0, length - 1, max).kind() == Boundary.Kind.NEED_MORE;
	}

	private static void check(byte[] input, DecodeResult result) {
		if (result instanceof Malformed malformed) {
			if (malformed.error() == DecodeError.INTERNAL_ERROR) {
				throw new AssertionError(malformed.detail());
			}
			if (malformed.offset() < 0 || malformed.offset() > input.length || malformed.detail() == null) {
				throw new AssertionError("offset outside the input: " + malformed);
			}
			return;
		}
		Frame frame = ((Decoded) result).frame();
		Boundary boundary = FrameBoundary.inspect(input, 0, input.length, Gbt32960Decoder.ABSOLUTE_MAX_FRAME_LENGTH);
		if (!boundary.equals(new Boundary(Boundary.Kind.FRAME, input.length))) {
			throw new AssertionError("decoded, yet framed as " + boundary);
		}
		byte[] again;
		try {
			again = ENCODER.encode(frame);
		} catch (IllegalArgumentException valuesTheEncoderRefuses) {
			return;
		}
		DecodeResult redecoded = DECODER.decode(again);
		if (!(redecoded instanceof Decoded decoded) || !comparable(decoded.frame()).equals(comparable(frame))) {
			throw new AssertionError("re-encoding changed the frame: " + frame + " became " + redecoded);
		}
	}

	/** The frame without the realtime signature's position, which moves when blocks are re-encoded in order. */
	private static Frame comparable(Frame frame) {
		if (!(frame.body() instanceof Realtime r) || r.signature() == null) {
			return frame;
		}
		Signature unplaced = r.signature().covering(0, 0);
		return new Frame(frame.header(), new Realtime(r.time(), r.reissue(), r.vehicle(), r.motors(), r.fuelCell(),
				r.hydrogenSystem(), r.engine(), r.position(), r.extremes(), r.alarm(), r.cellVoltages(), r.temperatures(),
				r.fuelCellStacks(), r.supercapacitor(), r.supercapacitorExtremes(), r.customBlocks(), unplaced));
	}
}
