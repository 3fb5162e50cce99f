package org.clearlot.simulator.gbt;

import org.clearlot.simulator.VehicleSpec;
import org.clearlot.simulator.physics.Seeds;

/** One vehicle's standing with the server on its connection: activated, logged in, or refused. */
final class VehicleSession {

	final VehicleSpec spec;
	final Sm2Key key;
	final String iccid;
	boolean activated;
	boolean loggedIn;
	boolean refused;
	int loginSerial;

	VehicleSession(VehicleSpec spec, Sm2Key key, long seed) {
		this.spec = spec;
		this.key = key;
		long digits = Math.floorMod(Seeds.mix(seed, Seeds.of(spec.vin()), 0x1CC1D), 10_000_000_000_000_000L);
		this.iccid = String.format("8986%016d", digits);
	}

	/** Whether realtime frames may go out now. */
	boolean ready(boolean sm2) {
		return loggedIn && (!sm2 || activated);
	}

	int nextSerial() {
		loginSerial = loginSerial % 65_531 + 1;
		return loginSerial;
	}
}
