package org.clearlot.gbt32960;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Vehicle login (command 01). Time and serial, ICCID, then the battery codes, laid out differently per revision.
 *
 * <pre>
 * 2016: time 6 | serial WORD | ICCID 20 | n subsystems BYTE | code length m BYTE | n × m ASCII
 *   19 0A 1B 14 02 02  00 0C  38 39 ... 36  03  18  "0RJPEA00HAU0AAF131001955" ×3
 *   2025-10-27 20:02:02, serial 12, ICCID 89860924790023166606, 3 subsystems, 24-character codes
 * 2025: time 6 | serial WORD | ICCID 20 | n BMS BYTE | n × packs per BMS BYTE | Σ packs × 24 ASCII (GB/T 34014)
 *   19 0A 1B 14 02 02  00 0C  38 39 ... 36  02  01 02  "0RJPEA00HAU0AAF131001955" ×3
 *   two BMS, the first with one pack, the second with two
 * </pre>
 *
 * @param time      collection time, Beijing time
 * @param serial    login serial number, 1–65531, restarting every day
 * @param iccid     the SIM card's ICCID (20 characters)
 * @param packCodes the codes per battery system: in 2016 one list per rechargeable energy storage subsystem holding
 *                  its one code (empty string when the code length is 0); in 2025 one list per BMS holding its packs'
 *                  24-character GB/T 34014 codes
 */
public record VehicleLogin(LocalDateTime time, int serial, String iccid, List<List<String>> packCodes) implements Body {

	/** Length of an ICCID on the wire. */
	public static final int ICCID_LENGTH = 20;

	public VehicleLogin {
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(iccid, "iccid");
		packCodes = packCodes.stream().map(List::copyOf).toList();
	}

	/** A 2016 login with one code per subsystem. */
	public static VehicleLogin of2016(LocalDateTime time, int serial, String iccid, String... subsystemCodes) {
		return new VehicleLogin(time, serial, iccid, Arrays.stream(subsystemCodes).map(List::of).toList());
	}

	/** Every code, in frame order. */
	public List<String> allPackCodes() {
		return packCodes.stream().flatMap(List::stream).toList();
	}
}
