package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Input forms, encrypted units and the notes of tolerated realtime anomalies. */
class DecoderBehaviourTests {

	private static final Gbt32960Decoder DECODER = new Gbt32960Decoder();

	@Test
	void decodesFromHeapAndDirectBuffersWithoutMovingThem() {
		byte[] frame = SampleFrames.frame("data_2016");
		ByteBuffer heap = ByteBuffer.wrap(TestFrames.concat(new byte[7], frame)).position(7).slice();
		ByteBuffer direct = ByteBuffer.allocateDirect(frame.length).put(frame).flip();
		Frame expected = SampleFrames.decoded(frame).frame();
		assertThat(((DecodeResult.Decoded) DECODER.decode(heap)).frame()).isEqualTo(expected);
		assertThat(((DecodeResult.Decoded) DECODER.decode(direct)).frame()).isEqualTo(expected);
		assertThat(heap.position()).isZero();
		assertThat(direct.position()).isZero();
	}

	@Test
	void keepsEncryptedUnitsAsBytes() {
		byte[] frame = TestFrames.frame(Revision.V2025, 0x02, 0xFE, 0x05, new byte[] {1, 2, 3});
		DecodeResult.Decoded decoded = SampleFrames.decoded(frame);
		assertThat(decoded.frame().header().encryption()).isEqualTo(Encryption.SM4);
		assertThat(decoded.frame().body()).isEqualTo(new OpaqueBody(new byte[] {1, 2, 3}));
		assertThat(decoded.notes()).containsExactly("data unit encrypted with SM4: kept as bytes, not decrypted");
	}

	@Test
	void stopsAtAnUnknown2016TypeAndNotesWhatItSkipped() {
		byte[] blocks = TestFrames.concat(new byte[] {0x04, 0x01, 0x0B, (byte) 0xB8, 0x02, (byte) 0xEE}, new byte[] {0x0A, 1, 2});
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.realtime(Revision.V2016, blocks));
		assertThat(((Realtime) decoded.frame().body()).engine().crankSpeedRpm()).isEqualTo(3000);
		assertThat(decoded.notes())
				.containsExactly("unknown information type 0A at offset 36: 3 bytes skipped to the end of the data unit");
	}

	@Test
	void notesABlockThatRunsPastTheDataUnit() {
		byte[] blocks = {0x02, 0x03, 1, 1, 0x50, 0x4E, 0x20, 0x4E, 0x20, 0x50, 0x0E, (byte) 0x88, 0x27, 0x10};
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.realtime(Revision.V2016, blocks));
		assertThat(((Realtime) decoded.frame().body()).motors()).isNull();
		assertThat(decoded.notes()).containsExactly(
				"drive motors block (type 02) is truncated at offset 30: 14 bytes skipped to the end of the data unit");
	}

	@Test
	void readsSentinelCountsAsEmptyLists() {
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.realtime(Revision.V2016, new byte[] {0x02, (byte) 0xFF}));
		assertThat(((Realtime) decoded.frame().body()).motors()).isEmpty();
		assertThat(decoded.notes()).containsExactly("drive motor count FF at offset 31 is a sentinel: read as none");
	}

	@Test
	void notesAMissing2025Signature() {
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.realtime(Revision.V2025, new byte[0]));
		assertThat(decoded.notes()).containsExactly("no signature block (FF)");
	}

	@Test
	void notes2025FlagsInA2016FrameAndBytesAfterAFixedBody() {
		byte[] unit = TestFrames.concat(TestFrames.time(TestFrames.TIME), new byte[] {0, 1, 9});
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.frame(Revision.V2016, 0x04, 0x04, unit));
		assertThat(decoded.frame().body()).isEqualTo(new Acknowledgement(TestFrames.TIME, new byte[] {0, 1, 9}));
		assertThat(decoded.notes()).containsExactly(
				"flag of the 2025 revision in a 2016 frame: response VIN_NOT_FOUND, encryption NONE");
		DecodeResult.Decoded logout = SampleFrames.decoded(TestFrames.frame(Revision.V2016, 0x04, 0xFE, unit));
		assertThat(logout.frame().body()).isEqualTo(new VehicleLogout(TestFrames.TIME, 1));
		assertThat(logout.notes()).containsExactly("1 byte after the vehicle logout at offset 32 ignored");
	}
}
