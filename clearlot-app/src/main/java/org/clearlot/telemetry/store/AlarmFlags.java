package org.clearlot.telemetry.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.clearlot.gbt32960.GeneralAlarm;

/**
 * General-alarm flags between their GB/T 32960 bit numbers (as stored, an INTEGER bit set) and their names (as in
 * the API). The names and bits are the codec's {@link GeneralAlarm}.
 */
public final class AlarmFlags {

	private AlarmFlags() {
	}

	public static List<String> names(int bits) {
		List<String> names = new ArrayList<>();
		for (GeneralAlarm alarm : GeneralAlarm.values()) {
			if ((bits & (1 << alarm.bit())) != 0) {
				names.add(alarm.name());
			}
		}
		return names;
	}

	public static int bits(Collection<String> names) {
		int bits = 0;
		for (String name : names) {
			bits |= 1 << GeneralAlarm.valueOf(name).bit();
		}
		return bits;
	}

	/** The first name that is not a general alarm, if any. */
	public static Optional<String> unknown(Collection<String> names) {
		for (String name : names) {
			if (name == null || known(name).isEmpty()) {
				return Optional.of(String.valueOf(name));
			}
		}
		return Optional.empty();
	}

	public static boolean isSet(int bits, GeneralAlarm alarm) {
		return (bits & (1 << alarm.bit())) != 0;
	}

	private static Optional<GeneralAlarm> known(String name) {
		for (GeneralAlarm alarm : GeneralAlarm.values()) {
			if (alarm.name().equals(name)) {
				return Optional.of(alarm);
			}
		}
		return Optional.empty();
	}
}
