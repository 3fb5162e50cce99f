package org.clearlot.battery.lifecycle;

/**
 * A pack's status in the words of the Battery Pass (DIN DKE SPEC 99100, {@code batteryStatus}): original (in its
 * first vehicle), reused (in another vehicle for the same purpose), remanufactured (repaired to be used again),
 * repurposed (second life for another purpose, such as energy storage), waste (recycled).
 */
public enum PackStatus {
	ORIGINAL("original"), REUSED("reused"), REMANUFACTURED("remanufactured"), REPURPOSED("repurposed"), WASTE("waste");

	private final String batteryPassName;

	PackStatus(String batteryPassName) {
		this.batteryPassName = batteryPassName;
	}

	public String batteryPassName() {
		return batteryPassName;
	}

	public static PackStatus ofBatteryPassName(String name) {
		for (PackStatus status : values()) {
			if (status.batteryPassName.equals(name)) {
				return status;
			}
		}
		throw new IllegalArgumentException("No Battery Pass status " + name);
	}

	/**
	 * The status after an event: installation in a vehicle other than the last keeps a remanufactured pack
	 * remanufactured and makes an original one reused; removal changes nothing.
	 */
	static PackStatus after(PackStatus before, PackEventType event, boolean sameVehicleAsBefore) {
		return switch (event) {
			case INSTALLED -> before == null ? ORIGINAL
					: before == REMANUFACTURED ? REMANUFACTURED : sameVehicleAsBefore ? before : REUSED;
			case REMOVED -> before;
			case REPAIRED -> REMANUFACTURED;
			case SECOND_LIFE -> REPURPOSED;
			case RECYCLED -> WASTE;
		};
	}
}
