package org.clearlot.battery.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * What happened to a pack, and what may follow what: a pack is installed in a vehicle (its first event, or again
 * after removal or repair), removed, repaired, repurposed (second life) or recycled, which ends its life. A
 * second-life product's own chain starts with SECOND_LIFE, naming the original code.
 */
public enum PackEventType {
	INSTALLED, REMOVED, REPAIRED, SECOND_LIFE, RECYCLED;

	/** The events that may come after this one. */
	Set<PackEventType> next() {
		return switch (this) {
			case INSTALLED -> EnumSet.of(REMOVED);
			case REMOVED -> EnumSet.of(INSTALLED, REPAIRED, SECOND_LIFE, RECYCLED);
			case REPAIRED -> EnumSet.of(INSTALLED, SECOND_LIFE, RECYCLED);
			case SECOND_LIFE -> EnumSet.of(RECYCLED);
			case RECYCLED -> EnumSet.noneOf(PackEventType.class);
		};
	}

	/** The events a chain may start with. */
	static Set<PackEventType> first() {
		return EnumSet.of(INSTALLED, SECOND_LIFE);
	}
}
