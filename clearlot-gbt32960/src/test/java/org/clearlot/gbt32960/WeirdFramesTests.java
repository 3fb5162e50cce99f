package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.gbt32960.realtime.AlarmData;
import org.junit.jupiter.api.Test;

/** rtm_con's "weird" frames: decoded as far as they go, with notes naming what was skipped. */
class WeirdFramesTests {

	private static DecodeResult.Decoded weird(String what) {
		String name = SampleFrames.load(SampleFrames.RTM_CON).keySet().stream().filter(n -> n.startsWith("weird_message_" + what))
				.findFirst().orElseThrow();
		return SampleFrames.decoded(SampleFrames.frame(name));
	}

	@Test
	void keepsTheFirstOfTwo2016AlarmBlocks() {
		DecodeResult.Decoded decoded = weird("2016_with_duplicated_warning_blocks");
		Realtime report = (Realtime) decoded.frame().body();
		assertThat(report.alarm().otherFaults()).hasSize(7);
		assertThat(decoded.notes()).containsExactly("duplicate alarm block at offset 68 ignored; the first one is kept");
	}

	@Test
	void keepsTheFirstOfTwo2025AlarmBlocksAndNotesALevelForAFlagNotRaised() {
		DecodeResult.Decoded decoded = weird("2025_with_duplicated_warning_blocks");
		Realtime report = (Realtime) decoded.frame().body();
		assertThat(report.alarm().levels()).containsExactly(new AlarmData.Level(0, 2), new AlarmData.Level(1, 3));
		assertThat(report.signature().r()).startsWith(SampleFrames.hex("41e8dd0a"));
		assertThat(decoded.notes()).containsExactly("alarm level list names flag bit 4, which is not raised",
				"duplicate alarm block at offset 73 ignored; the first one is kept");
	}

	@Test
	void skipsBytesBetweenTheSignatureAndTheChecksum() {
		DecodeResult.Decoded decoded = weird("2025_with_addtional_unknown_data_before_checksum");
		Realtime report = (Realtime) decoded.frame().body();
		assertThat(report.vehicle().odometerKm()).isEqualTo(15591.0);
		assertThat(report.cellVoltages().get(0).count()).isEqualTo(180);
		assertThat(report.temperatures().get(0).count()).isEqualTo(48);
		assertThat(report.signature().r()).hasSize(256).startsWith(SampleFrames.hex("25fcc4b2"));
		assertThat(report.customBlocks()).isEmpty();
		assertThat(decoded.notes()).containsExactly("38 bytes after the signature block, from offset 789, skipped");
	}

	@Test
	void resumesAtTheSignatureAfterAnUnknownBlock() {
		DecodeResult.Decoded decoded = weird("2025_with_addtional_unknown_data_before_signature");
		Realtime report = (Realtime) decoded.frame().body();
		assertThat(report.motors()).hasSize(2);
		assertThat(report.temperatures().get(0).count()).isEqualTo(48);
		assertThat(report.signature().r()).startsWith(SampleFrames.hex("aec8ea0c"));
		assertThat(report.signature().signedLength()).isEqualTo(560 - 24);
		assertThat(decoded.notes())
				.containsExactly("unknown information type 79 at offset 527: 33 bytes skipped up to the signature");
	}
}
