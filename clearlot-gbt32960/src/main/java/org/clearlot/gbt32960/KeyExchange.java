package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * 2025 data-unit key exchange (command 0B): the key for encrypted data units and its validity window.
 *
 * <pre>
 * key type BYTE (encryption code) | key length WORD | key | valid from 6 | valid until 6
 * 05  00 10  00 11 .. FF  19 0B 01 00 00 00  19 0C 01 00 00 00     SM4, 16-byte key, 2025-11-01 to 2025-12-01
 * </pre>
 *
 * @param keyType    the cipher the key is for
 * @param key        the key as sent (it may itself be wrapped by the sender); do not modify
 * @param validFrom  start of validity, Beijing time
 * @param validUntil end of validity, Beijing time
 */
public record KeyExchange(Encryption keyType, byte[] key, LocalDateTime validFrom, LocalDateTime validUntil)
		implements Body {

	public KeyExchange {
		Objects.requireNonNull(keyType, "keyType");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KeyExchange that && keyType == that.keyType && Arrays.equals(key, that.key)
				&& validFrom.equals(that.validFrom) && validUntil.equals(that.validUntil);
	}

	@Override
	public int hashCode() {
		return Objects.hash(keyType, Arrays.hashCode(key), validFrom, validUntil);
	}

	@Override
	public String toString() {
		return "KeyExchange[keyType=" + keyType + ", key=" + HexFormat.of().formatHex(key) + ", validFrom=" + validFrom
				+ ", validUntil=" + validUntil + "]";
	}
}
