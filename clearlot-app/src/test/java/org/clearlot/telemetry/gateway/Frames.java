package org.clearlot.telemetry.gateway;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.clearlot.gbt32960.Activation;
import org.clearlot.gbt32960.Frame;
import org.clearlot.gbt32960.Gbt32960Encoder;
import org.clearlot.gbt32960.Realtime;
import org.clearlot.gbt32960.Revision;
import org.clearlot.gbt32960.Signer;
import org.clearlot.gbt32960.VehicleLogin;
import org.clearlot.gbt32960.realtime.AlarmData;
import org.clearlot.gbt32960.realtime.CellVoltages;
import org.clearlot.gbt32960.realtime.ChargingState;
import org.clearlot.gbt32960.realtime.ExtremesData;
import org.clearlot.gbt32960.realtime.PositionData;
import org.clearlot.gbt32960.realtime.ProbeTemperatures;
import org.clearlot.gbt32960.realtime.Signature;
import org.clearlot.gbt32960.realtime.SignatureAlgorithm;
import org.clearlot.gbt32960.realtime.VehicleData;
import org.clearlot.gbt32960.realtime.VehicleState;
import org.clearlot.gbt32960.GeneralAlarm;

/** GB/T 32960 frames for gateway tests, built with the codec, and an SM2 key pair to sign 2025 frames. */
final class Frames {

	static final Gbt32960Encoder ENCODER = new Gbt32960Encoder();

	private Frames() {
	}

	static byte[] login(Revision revision, String vin, LocalDateTime time) {
		VehicleLogin login = revision == Revision.V2016
				? VehicleLogin.of2016(time, 1, "89860924790023166606", "0RJPEA00HAU0AAF131001955")
				: new VehicleLogin(time, 1, "89860924790023166606",
						java.util.List.of(java.util.List.of("0RJPEA00HAU0AAF131001955")));
		return ENCODER.encode(Frame.of(revision, vin, login));
	}

	static Realtime report(Revision revision, LocalDateTime time, int soc, double currentA) {
		int[] millivolts = new int[96];
		Arrays.fill(millivolts, 3_350);
		millivolts[7] = 3_362;
		millivolts[40] = 3_341;
		var cells = java.util.List.of(CellVoltages.of(revision, 1, 569.6, currentA, millivolts));
		var probes = java.util.List.of(ProbeTemperatures.ofCelsius(1, 24, 25, 27, 26));
		Realtime.Builder builder = Realtime.builder(time)
			.vehicle(VehicleData.builder(revision).state(VehicleState.OFF).charging(ChargingState.PARKED_CHARGING)
				.speedKmh(0).odometerKm(23_456.7).packVoltageV(569.6).packCurrentA(currentA).socPercent(soc)
				.insulationKohm(5_000).build())
			.position(PositionData.of(revision, 30.5928, 114.3055))
			.alarm(AlarmData.builder(revision).raise(GeneralAlarm.TEMPERATURE_DIFFERENCE, 1).build())
			.cellVoltages(cells).temperatures(probes);
		if (revision == Revision.V2016) {
			builder.extremes(ExtremesData.derive(cells, probes));
		}
		return builder.build();
	}

	static byte[] realtime(Revision revision, String vin, LocalDateTime time, int soc) {
		return ENCODER.encode(Frame.of(revision, vin, report(revision, time, soc, -45.5)));
	}

	/** An SM2 key pair, signing as a 2025 terminal would. */
	static final class Sm2Key implements Signer {

		private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
		private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
				CURVE.getN(), CURVE.getH());

		private final AsymmetricCipherKeyPair pair;

		Sm2Key() {
			ECKeyPairGenerator generator = new ECKeyPairGenerator();
			generator.init(new ECKeyGenerationParameters(DOMAIN, new SecureRandom()));
			pair = generator.generateKeyPair();
		}

		/** The public key as 64 bytes X‖Y. */
		byte[] publicKey() {
			byte[] encoded = ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false);
			return Arrays.copyOfRange(encoded, 1, 65);
		}

		@Override
		public Signature sign(byte[] frame, int offset, int length) {
			SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
			signer.init(true, new ParametersWithRandom(pair.getPrivate(), new SecureRandom()));
			signer.update(frame, offset, length);
			try {
				byte[] plain = signer.generateSignature();
				return Signature.of(SignatureAlgorithm.SM2, Arrays.copyOfRange(plain, 0, 32),
						Arrays.copyOfRange(plain, 32, 64));
			}
			catch (org.bouncycastle.crypto.CryptoException e) {
				throw new IllegalStateException(e);
			}
		}

		byte[] activation(String vin, LocalDateTime time) {
			Activation activation = new Activation(time, "CHIP000000000001", publicKey(), vin,
					Signature.of(SignatureAlgorithm.SM2, new byte[32], new byte[32]));
			return ENCODER.encode(Frame.of(Revision.V2025, vin, activation), this);
		}
	}
}
