package org.clearlot.battery.analysis;

/** Where the accumulator reports what it found, as soon as a session or an alarm is over. */
public interface Findings {

	void session(ChargeSession session);

	void event(NegativeEvent event);
}
