package org.clearlot.battery.analysis;

import java.time.Instant;

/**
 * A run of readings with the same alarm, from the first to the last reading that carried it, with the hottest
 * probe temperature and the highest alarm level seen meanwhile ({@code peakTempC} null when no probe reported).
 */
public record NegativeEvent(NegativeEventType type, Instant startedAt, Instant endedAt, Double peakTempC,
		int maxAlarmLevel) {
}
