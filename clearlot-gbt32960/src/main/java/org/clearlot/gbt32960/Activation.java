package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.clearlot.gbt32960.realtime.Signature;

/**
 * 2025 security-chip activation (command 09): the terminal registers its chip's public key, signed with the chip's
 * private key. Unlike the realtime signature there is no FF flag in front of the signature. The signature covers the
 * data unit from the time through the VIN; {@link Signature#signedOffset()} and {@link Signature#signedLength()} point
 * at those bytes in the decoded frame.
 *
 * <pre>
 * time 6 | chip id 16 ASCII | key length WORD | key | VIN 17 | algorithm BYTE | R length WORD | R | S length WORD | S
 * 19 06 17 0F 06 16  "1234567812345678"  01 03  CE 6F .. 01 00 01  "HGLH3ACF1PA714408"  02  01 00  22 2B .. CF  00 00
 * 2025-06-23 15:06:22, a 259-byte RSA public key, RSA signature with a 256-byte R and an empty S
 * </pre>
 *
 * @param time      collection time, Beijing time
 * @param chipId    the security chip's id, at most 16 characters
 * @param publicKey the chip's public key as sent; do not modify
 * @param vin       the VIN the chip is bound to
 * @param signature the chip's signature; on encoding, {@code null} requires a {@link Signer}
 */
public record Activation(LocalDateTime time, String chipId, byte[] publicKey, String vin, Signature signature)
		implements Body {

	/** Length of the chip id on the wire. */
	public static final int CHIP_ID_LENGTH = 16;

	public Activation {
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(chipId, "chipId");
		Objects.requireNonNull(publicKey, "publicKey");
		Objects.requireNonNull(vin, "vin");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Activation that && time.equals(that.time) && chipId.equals(that.chipId)
				&& Arrays.equals(publicKey, that.publicKey) && vin.equals(that.vin)
				&& Objects.equals(signature, that.signature);
	}

	@Override
	public int hashCode() {
		return Objects.hash(time, chipId, Arrays.hashCode(publicKey), vin, signature);
	}

	@Override
	public String toString() {
		return "Activation[time=" + time + ", chipId=" + chipId + ", publicKey=" + HexFormat.of().formatHex(publicKey)
				+ ", vin=" + vin + ", signature=" + signature + "]";
	}
}
