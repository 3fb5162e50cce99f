package org.clearlot.telemetry.gateway;

/**
 * What a connection has logged in as: nothing yet, one vehicle (command 01: it may report only its own VIN), or a
 * forwarding platform (command 05: it may report any registered vehicle). Counts the connection's errors.
 */
final class Session {

	enum Kind { NONE, VEHICLE, PLATFORM }

	private Kind kind = Kind.NONE;
	private String identity;
	private int errors;

	void vehicle(String vin) {
		kind = Kind.VEHICLE;
		identity = vin;
	}

	void platform(String user) {
		kind = Kind.PLATFORM;
		identity = user;
	}

	void logout() {
		kind = Kind.NONE;
		identity = null;
	}

	Kind kind() {
		return kind;
	}

	/** Whether this connection may send frames of the VIN. */
	boolean mayReport(String vin, RegisteredVehicles registered) {
		return switch (kind) {
			case NONE -> false;
			case VEHICLE -> identity.equals(vin);
			case PLATFORM -> registered.isRegistered(vin);
		};
	}

	/** Counts an error; true when the connection has used up its allowance. */
	boolean error(int allowed) {
		return ++errors >= allowed;
	}

	@Override
	public String toString() {
		return kind == Kind.NONE ? "not logged in" : kind.name().toLowerCase() + " " + identity;
	}
}
