package org.clearlot.battery.passport;

import java.util.Iterator;

import org.clearlot.battery.BatteryApi;
import org.clearlot.telemetry.TelemetryReading;
import org.springframework.stereotype.Service;

@Service
class BatteryFacade implements BatteryApi {

	private final VehicleUpdate update;
	private final PassportUpdater updater;

	BatteryFacade(VehicleUpdate update, PassportUpdater updater) {
		this.update = update;
		this.updater = updater;
	}

	@Override
	public boolean analyseHistory(String vin, Iterator<TelemetryReading> history) {
		return update.replaceWithHistory(vin, history);
	}

	@Override
	public int updateNow() {
		return updater.updateAll();
	}
}
