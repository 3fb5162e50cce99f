package org.clearlot.battery.passport;

import java.util.ArrayList;
import java.util.List;

import org.clearlot.battery.analysis.ChargeSession;
import org.clearlot.battery.analysis.Findings;
import org.clearlot.battery.analysis.NegativeEvent;

/** Sessions and events an update found, kept until they are stored with the vehicle's new state. */
final class FoundSoFar implements Findings {

	final List<ChargeSession> sessions = new ArrayList<>();
	final List<NegativeEvent> events = new ArrayList<>();

	@Override
	public void session(ChargeSession session) {
		sessions.add(session);
	}

	@Override
	public void event(NegativeEvent event) {
		events.add(event);
	}
}
