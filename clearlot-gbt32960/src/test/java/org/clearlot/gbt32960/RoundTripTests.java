package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encode, decode, compare: every command and every information type of both revisions. */
class RoundTripTests {

	private static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();
	private static final LocalDateTime TIME = TestFrames.TIME;
	private static final Signature SM2 = Signature.of(SignatureAlgorithm.SM2, new byte[32], new byte[32]);

	static Stream<Arguments> frames() {
		Stream.Builder<Arguments> frames = Stream.builder();
		for (Revision revision : Revision.values()) {
			frames.add(command(revision, new VehicleLogout(TIME, 7)));
			frames.add(command(revision, new PlatformLogin(TIME, 3, "fleet", "s3cret", Encryption.NONE)));
			frames.add(command(revision, new PlatformLogout(TIME, 3)));
			frames.add(command(revision, new Heartbeat()));
			frames.add(command(revision, new TimeSync()));
			frames.add(command(revision, Realtime.builder(TIME).build()));
			frames.add(command(revision, Realtime.builder(TIME).reissue(true).vehicle(Reports.vehicle(revision)).build()));
			for (Command command : List.of(Command.QUERY, Command.SETUP, Command.CONTROL)) {
				frames.add(frame(new FrameHeader(revision, command.code(), ResponseFlag.COMMAND, TestFrames.VIN,
						Encryption.NONE), new OpaqueBody(new byte[] {25, 11, 3, 8, 30, 15, 1, 2})));
			}
			frames.add(frame(reply(revision, Command.VEHICLE_LOGIN, ResponseFlag.SUCCESS), Acknowledgement.at(TIME)));
			frames.add(frame(reply(revision, Command.REALTIME, ResponseFlag.ERROR),
					new Acknowledgement(TIME, new byte[] {1, 2, 3})));
			frames.add(frame(reply(revision, Command.HEARTBEAT, ResponseFlag.SUCCESS), Acknowledgement.empty()));
		}
		frames.add(command(Revision.V2016, VehicleLogin.of2016(TIME, 1, "89860616020046379629", "0RJPEA00HAU0AAF131001955",
				"0RJPEA00HAU0AAF131001956")));
		frames.add(command(Revision.V2025, new VehicleLogin(TIME, 2, "89860616020046379629",
				List.of(List.of("0RJPEA00HAU0AAF131001955"), List.of()))));
		frames.add(command(Revision.V2016, Reports.every2016Block()));
		frames.add(command(Revision.V2016, Reports.full2016()));
		frames.add(command(Revision.V2025, Reports.full2025()));
		frames.add(command(Revision.V2025, Reports.every2025Block().signature(SM2).build()));
		frames.add(command(Revision.V2025, new Activation(TIME, "1234567812345678", new byte[65], "LSVAU2A37K2100001",
				SM2)));
		frames.add(command(Revision.V2025, ActivationResponse.of(true, ActivationResponse.Info.NONE)));
		frames.add(command(Revision.V2025, new KeyExchange(Encryption.SM4, new byte[16], TIME, TIME.plusDays(30))));
		frames.add(frame(new FrameHeader(Revision.V2025, 0x02, ResponseFlag.COMMAND, TestFrames.VIN, Encryption.SM4),
				new OpaqueBody(new byte[] {(byte) 0xA5, 0x5A})));
		return frames.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("frames")
	void decodesWhatItEncodes(String name, Frame frame) {
		byte[] bytes = ENCODER.encode(frame);
		DecodeResult.Decoded decoded = SampleFrames.decoded(bytes);
		assertThat(decoded.frame()).usingRecursiveComparison()
				.ignoringFields("body.signature.signedOffset", "body.signature.signedLength").isEqualTo(frame);
		assertThat(ENCODER.encode(decoded.frame())).isEqualTo(bytes);
	}

	@Test
	void reEncodesEverySampleFrameByteForByte() {
		for (String file : List.of(SampleFrames.RTM_CON, SampleFrames.RTM_CON_FULL, SampleFrames.LOGINS)) {
			for (Map.Entry<String, byte[]> sample : SampleFrames.load(file).entrySet()) {
				if (!sample.getKey().startsWith("weird")) {
					Frame frame = SampleFrames.decoded(sample.getValue()).frame();
					assertThat(ENCODER.encode(frame)).as(sample.getKey()).isEqualTo(sample.getValue());
				}
			}
		}
	}

	@Test
	void encodesTheSampleTimeAsPlainBinaryNotBcd() {
		byte[] bytes = ENCODER.encode(Frame.of(Revision.V2016, TestFrames.VIN,
				new VehicleLogout(LocalDateTime.of(2025, 10, 27, 20, 2, 2), 2050)));
		assertThat(bytes).containsSequence(0x19, 0x0A, 0x1B, 0x14, 0x02, 0x02, 0x08, 0x02);
	}

	@Test
	void splits2016CellsAcrossFramesOfAtMost200() {
		CellVoltages whole = Reports.cells(Revision.V2016, 450).get(0);
		List<CellVoltages> parts = whole.split(CellVoltages.MAX_CELLS_PER_FRAME_2016);
		assertThat(parts).extracting(CellVoltages::startIndex).containsExactly(1, 201, 401);
		assertThat(parts).extracting(CellVoltages::count).containsExactly(200, 200, 50);
		for (CellVoltages part : parts) {
			Realtime decoded = (Realtime) SampleFrames.decoded(ENCODER.encode(Frame.of(Revision.V2016, TestFrames.VIN,
					Realtime.builder(TIME).cellVoltages(part).build()))).frame().body();
			assertThat(decoded.cellVoltages()).containsExactly(part);
		}
		Realtime tooMany = Realtime.builder(TIME).cellVoltages(whole).build();
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(Frame.of(Revision.V2016, "V", tooMany)))
				.withMessageContaining("CellVoltages.split");
	}

	@Test
	void rejectsBlocksOfTheOtherRevision() {
		Realtime with2016Position = Realtime.builder(TIME).position(PositionData.of(Revision.V2016, 1, 2)).build();
		assertThatIllegalArgumentException()
				.isThrownBy(() -> ENCODER.encode(Frame.of(Revision.V2025, "V", with2016Position)))
				.withMessage("a V2016 position block in a V2025 frame");
		Realtime withExtremes = Reports.full2016();
		assertThatIllegalArgumentException()
				.isThrownBy(() -> ENCODER.encode(Frame.of(Revision.V2025, "V", Realtime.builder(TIME)
						.extremes(withExtremes.extremes()).build())))
				.withMessage("the extreme values block does not exist in V2025");
		assertThatIllegalArgumentException().isThrownBy(
				() -> ENCODER.encode(Frame.of(Revision.V2016, "V", new KeyExchange(Encryption.AES, new byte[1], TIME, TIME))))
				.withMessage("KEY_EXCHANGE does not exist in V2016");
	}

	@Test
	void rejectsBodiesThatDoNotFitTheHeader() {
		FrameHeader login = FrameHeader.command(Revision.V2016, Command.VEHICLE_LOGIN, "V");
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(new Frame(login, new Heartbeat())));
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(new Frame(login, Acknowledgement.at(TIME))));
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(new Frame(
				new FrameHeader(Revision.V2016, 0x07, ResponseFlag.COMMAND, "V", Encryption.AES), new Heartbeat())))
				.withMessageContaining("does not encrypt");
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(Frame.of(Revision.V2016,
				"VIN-LONGER-THAN-17", new Heartbeat()))).withMessageContaining("VIN");
		assertThatIllegalArgumentException().isThrownBy(() -> Frame.of(Revision.V2016, "V", Acknowledgement.at(TIME)));
		FrameHeader undefinedFlag = new FrameHeader(Revision.V2016, 0x07, null, "V", Encryption.NONE);
		assertThatIllegalArgumentException().isThrownBy(() -> ENCODER.encode(new Frame(undefinedFlag, new Heartbeat())))
				.withMessageStartingWith("the header needs a response flag");
	}

	private static Arguments command(Revision revision, Body body) {
		Frame frame = Frame.of(revision, TestFrames.VIN, body);
		return frame(frame.header(), body);
	}

	private static Arguments frame(FrameHeader header, Body body) {
		return Arguments.of(header.revision() + " " + header.command() + " " + header.response() + " "
				+ body.getClass().getSimpleName(), new Frame(header, body));
	}

	private static FrameHeader reply(Revision revision, Command command, ResponseFlag flag) {
		return FrameHeader.command(revision, command, TestFrames.VIN).withResponse(flag);
	}
}
