package org.clearlot.gbt32960.realtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * The probe temperatures of one subsystem or pack (2016 information type 09, 2025 type 08; same layout). The block is
 * a count BYTE followed by one entry per subsystem.
 *
 * <pre>
 * number | probes WORD | probes × BYTE °C −40
 *   01 00 30 3A 39 3A ..      subsystem 1, 48 probes: 18 °C, 17 °C, 18 °C ...
 *   FF 00 00                  subsystem number invalid, no probes
 * </pre>
 *
 * @param number subsystem or pack number
 * @param raw    one raw byte per probe (°C + 40; FE/FF sentinels kept); do not modify
 */
public record ProbeTemperatures(int number, byte[] raw) {

	public ProbeTemperatures {
		Objects.requireNonNull(raw, "raw");
	}

	/** A subsystem's probes from whole degrees, −40 to 213 °C. */
	public static ProbeTemperatures ofCelsius(int number, int... celsius) {
		byte[] raw = new byte[celsius.length];
		for (int i = 0; i < celsius.length; i++) {
			raw[i] = (byte) Scaling.toByte(celsius[i], 1, -40, "probe temperature");
		}
		return new ProbeTemperatures(Scaling.checkRaw(number, 1, "subsystem number"), raw);
	}

	/** The number of probes. */
	public int count() {
		return raw.length;
	}

	/** The raw byte of probe {@code i} (0-based), 0–255. */
	public int rawAt(int i) {
		return raw[i] & 0xFF;
	}

	/** The temperature of probe {@code i} (0-based), {@code NaN} for a sentinel. */
	public double celsius(int i) {
		return Scaling.ofByte(raw[i] & 0xFF, 1, -40);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProbeTemperatures that && number == that.number && Arrays.equals(raw, that.raw);
	}

	@Override
	public int hashCode() {
		return 31 * number + Arrays.hashCode(raw);
	}

	@Override
	public String toString() {
		return "ProbeTemperatures[number=" + number + ", raw=" + Arrays.toString(raw) + "]";
	}
}
