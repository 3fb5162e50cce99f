package org.clearlot.gbt32960;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 2025 signatures: the encoder hands the covered bytes to a {@link Signer}, and the decoder points a verifier at the
 * same bytes in the received frame. Shown with the JDK's ECDSA (algorithm 03, ECC); SM2 works the same way.
 */
class SignatureTests {

	private static KeyPair keys;

	@BeforeAll
	static void generateKeys() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		keys = generator.generateKeyPair();
	}

	private static final Signer ECDSA = (frame, offset, length) -> {
		try {
			java.security.Signature ecdsa = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
			ecdsa.initSign(keys.getPrivate());
			ecdsa.update(frame, offset, length);
			byte[] rs = ecdsa.sign();
			return Signature.of(SignatureAlgorithm.ECC, Arrays.copyOf(rs, 32), Arrays.copyOfRange(rs, 32, 64));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	};

	private static boolean verify(byte[] frame, Signature signature) throws GeneralSecurityException {
		java.security.Signature ecdsa = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
		ecdsa.initVerify(keys.getPublic());
		ecdsa.update(frame, signature.signedOffset(), signature.signedLength());
		byte[] rs = new byte[64];
		System.arraycopy(signature.r(), 0, rs, 0, 32);
		System.arraycopy(signature.s(), 0, rs, 32, 32);
		return ecdsa.verify(rs);
	}

	@Test
	void aSignedReportVerifiesInPlace() throws GeneralSecurityException {
		byte[] frame = new Gbt32960Encoder().encode(Frame.of(Revision.V2025, TestFrames.VIN, Reports.full2025()), ECDSA);
		Signature signature = ((Realtime) SampleFrames.decoded(frame).frame().body()).signature();
		assertThat(signature.algorithm()).isEqualTo(SignatureAlgorithm.ECC);
		assertThat(signature.signedOffset()).isEqualTo(24);
		assertThat(frame[signature.signedOffset() + signature.signedLength()]).isEqualTo((byte) 0xFF);
		assertThat(verify(frame, signature)).isTrue();
		frame[40] ^= 1;
		assertThat(verify(TestFrames.withBcc(frame), signature)).isFalse();
	}

	@Test
	void aSignedActivationVerifiesOverTimeToVin() throws GeneralSecurityException {
		Activation activation = new Activation(TestFrames.TIME, "1234567812345678",
				keys.getPublic().getEncoded(), TestFrames.VIN, null);
		byte[] frame = new Gbt32960Encoder().encode(Frame.of(Revision.V2025, TestFrames.VIN, activation), ECDSA);
		Activation decoded = (Activation) SampleFrames.decoded(frame).frame().body();
		int keyLength = keys.getPublic().getEncoded().length;
		assertThat(decoded.signature().signedLength()).isEqualTo(6 + 16 + 2 + keyLength + 17);
		assertThat(verify(frame, decoded.signature())).isTrue();
	}

	@Test
	void offsetsCountFromTheFrameNotTheBuffer() {
		byte[] frame = SampleFrames.frame("data_2025");
		byte[] buffer = TestFrames.concat(new byte[100], frame);
		Realtime report = (Realtime) ((DecodeResult.Decoded) new Gbt32960Decoder().decode(buffer, 100, frame.length))
				.frame().body();
		assertThat(report.signature().signedOffset()).isEqualTo(24);
	}

	@Test
	void only2025ReportsAndActivationsAreSigned() {
		Gbt32960Encoder encoder = new Gbt32960Encoder();
		assertThatIllegalArgumentException()
				.isThrownBy(() -> encoder.encode(Frame.of(Revision.V2016, TestFrames.VIN, Reports.full2016()), ECDSA))
				.withMessage("2016 reports carry no signature");
		assertThatIllegalArgumentException()
				.isThrownBy(() -> encoder.encode(Frame.of(Revision.V2025, TestFrames.VIN, new Heartbeat()), ECDSA));
		assertThatIllegalArgumentException().isThrownBy(() -> encoder.encode(Frame.of(Revision.V2025, TestFrames.VIN,
				new Activation(TestFrames.TIME, "chip", new byte[1], TestFrames.VIN, null))));
		assertThatIllegalArgumentException().isThrownBy(() -> encoder.encode(Frame.of(Revision.V2025, TestFrames.VIN,
				Reports.full2025()), (frame, offset, length) -> null)).withMessage("the signer returned no signature");
	}

	@Test
	void aTruncatedSignatureIsNotedAndDropped() {
		byte[] blocks = TestFrames.concat(new byte[] {0x04, 0x0B, (byte) 0xB8}, new byte[] {(byte) 0xFF, 0x01, 0x00, 0x20},
				new byte[10]);
		DecodeResult.Decoded decoded = SampleFrames.decoded(TestFrames.realtime(Revision.V2025, blocks));
		Realtime report = (Realtime) decoded.frame().body();
		assertThat(report.engine().crankSpeedRpm()).isEqualTo(3000);
		assertThat(report.signature()).isNull();
		assertThat(decoded.notes()).containsExactly("signature block at offset 33 is truncated: dropped",
				"no signature block (FF)");
	}
}
