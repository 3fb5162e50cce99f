package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearlot.gbt32960.realtime.Signature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Property: for random valid reports, decode(encode(report)) equals the report and re-encodes to the same bytes. */
class RandomRoundTripTests {

	private static final int REPORTS_PER_REVISION = 3000;

	@ParameterizedTest
	@EnumSource(Revision.class)
	void randomReportsSurviveTheRoundTrip(Revision revision) {
		Gbt32960Encoder encoder = new Gbt32960Encoder();
		RandomReports random = new RandomReports(revision.ordinal() * 7919L);
		for (int i = 0; i < REPORTS_PER_REVISION; i++) {
			Realtime report = random.report(revision);
			byte[] bytes = encoder.encode(Frame.of(revision, TestFrames.VIN, report));
			Frame decoded = SampleFrames.decoded(bytes).frame();
			Signature signature = ((Realtime) decoded.body()).signature();
			if (signature != null) {
				assertThat(signature.signedOffset()).isEqualTo(24);
				assertThat(bytes[24 + signature.signedLength()]).isEqualTo((byte) 0xFF);
				report = withSignature(report, report.signature().covering(24, signature.signedLength()));
			}
			assertThat(decoded).isEqualTo(Frame.of(revision, TestFrames.VIN, report));
			assertThat(encoder.encode(decoded)).isEqualTo(bytes);
		}
	}

	private static Realtime withSignature(Realtime r, Signature signature) {
		return new Realtime(r.time(), r.reissue(), r.vehicle(), r.motors(), r.fuelCell(), r.hydrogenSystem(), r.engine(),
				r.position(), r.extremes(), r.alarm(), r.cellVoltages(), r.temperatures(), r.fuelCellStacks(),
				r.supercapacitor(), r.supercapacitorExtremes(), r.customBlocks(), signature);
	}
}
