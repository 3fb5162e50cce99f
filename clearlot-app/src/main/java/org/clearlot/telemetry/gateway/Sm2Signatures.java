package org.clearlot.telemetry.gateway;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 signature checks (GB/T 32918, curve sm2p256v1, SM3 digest, the default user ID "1234567812345678") by Bouncy
 * Castle. Public keys come as GB/T 32960-2025 activation sends them: the 64-byte X‖Y, or 65 bytes with the 04 prefix
 * of an uncompressed point. Anything malformed simply does not verify.
 */
final class Sm2Signatures {

	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
			CURVE.getH());

	private Sm2Signatures() {
	}

	static boolean isPublicKey(byte[] key) {
		return point(key) != null;
	}

	/** Whether (r, s) is a valid signature of {@code length} bytes of {@code data} from {@code offset}. */
	static boolean verify(byte[] publicKey, byte[] data, int offset, int length, byte[] r, byte[] s) {
		ECPoint point = point(publicKey);
		if (point == null || r.length == 0 || s.length == 0 || r.length > 33 || s.length > 33) {
			return false;
		}
		SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
		signer.init(false, new ECPublicKeyParameters(point, DOMAIN));
		signer.update(data, offset, length);
		byte[] plain = new byte[64];
		place(r, plain, 0);
		place(s, plain, 32);
		try {
			return signer.verifySignature(plain);
		}
		catch (RuntimeException malformed) {
			return false;
		}
	}

	private static ECPoint point(byte[] key) {
		byte[] encoded = key.length == 64 ? prefixed(key) : key.length == 65 && key[0] == 0x04 ? key : null;
		if (encoded == null) {
			return null;
		}
		try {
			ECPoint point = CURVE.getCurve().decodePoint(encoded);
			return point.isValid() ? point : null;
		}
		catch (IllegalArgumentException notOnTheCurve) {
			return null;
		}
	}

	private static byte[] prefixed(byte[] xy) {
		byte[] encoded = new byte[65];
		encoded[0] = 0x04;
		System.arraycopy(xy, 0, encoded, 1, 64);
		return encoded;
	}

	/** A big-endian integer right-aligned in 32 bytes (a leading zero byte of a 33-byte value dropped). */
	private static void place(byte[] value, byte[] target, int at) {
		byte[] magnitude = new BigInteger(1, value).toByteArray();
		byte[] trimmed = magnitude.length > 32 ? Arrays.copyOfRange(magnitude, magnitude.length - 32, magnitude.length)
				: magnitude;
		System.arraycopy(trimmed, 0, target, at + 32 - trimmed.length, trimmed.length);
	}
}
