package org.clearlot.simulator;

import java.time.Duration;

/**
 * How often an awake terminal reports. The physics runs in 1-second steps regardless, so the same seed gives the
 * same vehicle history at any reporting interval.
 *
 * @param interval       period of readings while the vehicle is on or charging (1 s to 1 h, whole seconds)
 * @param alarmInterval  period while the alarm level is 3 or more (GB/T 32960: 1 s); never longer than interval
 * @param averageCurrent whether a reading carries the mean measured current since the previous reading (terminals
 *                       that average over their period) rather than the instantaneous one; sparse histories stay
 *                       faithful to the charge that flowed this way
 */
public record Reporting(Duration interval, Duration alarmInterval, boolean averageCurrent) {

	public Reporting(Duration interval, Duration alarmInterval) {
		this(interval, alarmInterval, false);
	}

	public Reporting {
		if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofHours(1)) > 0
				|| interval.getNano() != 0) {
			throw new IllegalArgumentException("the interval must be whole seconds from 1 s to 1 h: " + interval);
		}
		if (alarmInterval.compareTo(Duration.ofSeconds(1)) < 0 || alarmInterval.getNano() != 0) {
			throw new IllegalArgumentException("the alarm interval must be whole seconds, at least 1 s");
		}
		if (alarmInterval.compareTo(interval) > 0) {
			alarmInterval = interval;
		}
	}

	/** Every {@code interval}, and every second during level-3+ alarms. */
	public static Reporting every(Duration interval) {
		return new Reporting(interval, Duration.ofSeconds(1));
	}

	/** Every {@code interval} with the period's mean current, and every second during level-3+ alarms. */
	public static Reporting averaged(Duration interval) {
		return new Reporting(interval, Duration.ofSeconds(1), true);
	}

	/** The GB/T 32960 default used here: every 10 s, every second during level-3+ alarms. */
	public static Reporting standard() {
		return every(Duration.ofSeconds(10));
	}
}
