package org.clearlot.trade.reservation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A reservation's life cycle with its transition table. HELD and ORDERED hold the car; the rest are final. */
public enum ReservationStatus {
	/** The car is held for the buyer; the deposit is being paid or was paid. */
	HELD,
	/** The buyer placed an order from it; the order now holds the car. */
	ORDERED,
	/** The buyer cancelled it; the deposit was refunded. */
	CANCELLED,
	/** The deposit was not paid in time or the hold window passed; the deposit (if paid) was refunded. */
	EXPIRED,
	/** Its order ended (completed, cancelled or returned). */
	CLOSED;

	private static final Map<ReservationStatus, Set<ReservationStatus>> TRANSITIONS = Map.of(
			HELD, EnumSet.of(ORDERED, CANCELLED, EXPIRED),
			ORDERED, EnumSet.of(CLOSED),
			CANCELLED, EnumSet.noneOf(ReservationStatus.class),
			EXPIRED, EnumSet.noneOf(ReservationStatus.class),
			CLOSED, EnumSet.noneOf(ReservationStatus.class));

	public boolean canBecome(ReservationStatus target) {
		return TRANSITIONS.get(this).contains(target);
	}

	public boolean holdsTheCar() {
		return this == HELD || this == ORDERED;
	}
}
