package org.clearlot.simulator.gbt;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.clearlot.simulator.physics.Seeds;

/**
 * A vehicle security chip's SM2 key pair (curve sm2p256v1), derived from a seed and the VIN so that a run is
 * reproducible, and SM2 signatures with SM3 (Bouncy Castle's lightweight API, default user id), as 32-byte R and S.
 */
public final class Sm2Key {

	static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
	static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
			CURVE.getH());
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ECPrivateKeyParameters privateKey;
	private final ECPublicKeyParameters publicKey;
	private final String chipId;
	private SM2Signer signer;

	private Sm2Key(BigInteger d, String chipId) {
		this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
		this.publicKey = new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN);
		this.chipId = chipId;
	}

	/** The key of {@code vin}'s chip for {@code seed}. */
	public static Sm2Key derive(long seed, String vin) {
		BigInteger n = DOMAIN.getN();
		long a = Seeds.mix(seed, Seeds.of(vin), 0x5A2);
		long b = Seeds.mix(seed, Seeds.of(vin), 0x5A3);
		long c = Seeds.mix(seed, Seeds.of(vin), 0x5A4);
		BigInteger d = new BigInteger(1, java.nio.ByteBuffer.allocate(24).putLong(a).putLong(b).putLong(c).array())
				.mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
		String chip = String.format("%016X", Seeds.mix(seed, Seeds.of(vin), 0xC41F));
		return new Sm2Key(d, chip);
	}

	/** The chip id (16 hexadecimal characters). */
	public String chipId() {
		return chipId;
	}

	/** The public key as 64 bytes, X then Y (no 04 prefix). */
	public byte[] publicKey() {
		byte[] encoded = publicKey.getQ().getEncoded(false);
		return java.util.Arrays.copyOfRange(encoded, 1, encoded.length);
	}

	/**
	 * SM2 signature of the bytes, as R (32 bytes) and S (32 bytes). Not thread-safe (the initialised signer is kept:
	 * initialising costs a scalar multiplication).
	 */
	public byte[][] sign(byte[] data, int offset, int length) {
		if (signer == null) {
			signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
			signer.init(true, new ParametersWithRandom(privateKey, RANDOM));
		}
		signer.update(data, offset, length);
		try {
			byte[] rs = signer.generateSignature();
			return new byte[][] { java.util.Arrays.copyOfRange(rs, 0, 32), java.util.Arrays.copyOfRange(rs, 32, 64) };
		}
		catch (CryptoException failed) {
			throw new IllegalStateException("SM2 signing failed", failed);
		}
	}

	/** Verifies an SM2 signature made with the key whose 64-byte public key is {@code publicKeyXy}. */
	public static boolean verify(byte[] publicKeyXy, byte[] data, int offset, int length, byte[] r, byte[] s) {
		byte[] uncompressed = new byte[65];
		uncompressed[0] = 4;
		System.arraycopy(publicKeyXy, publicKeyXy.length - 64, uncompressed, 1, 64);
		ECPoint q = DOMAIN.getCurve().decodePoint(uncompressed);
		SM2Signer verifier = new SM2Signer(PlainDSAEncoding.INSTANCE);
		verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
		verifier.update(data, offset, length);
		byte[] rs = new byte[64];
		System.arraycopy(pad32(r), 0, rs, 0, 32);
		System.arraycopy(pad32(s), 0, rs, 32, 32);
		return verifier.verifySignature(rs);
	}

	private static byte[] pad32(byte[] value) {
		if (value.length == 32) {
			return value;
		}
		byte[] padded = new byte[32];
		int copy = Math.min(32, value.length);
		System.arraycopy(value, value.length - copy, padded, 32 - copy, copy);
		return padded;
	}
}
