package org.clearlot.battery.passport;

import java.util.List;
import java.util.Optional;

import org.clearlot.battery.BatteryProperties;
import org.clearlot.battery.analysis.AccumulatorSnapshot;
import org.clearlot.battery.analysis.ChargeSession;
import org.clearlot.battery.analysis.HealthEstimate;
import org.clearlot.battery.analysis.NegativeEvent;
import org.clearlot.battery.analysis.StateOfHealth;
import org.clearlot.battery.analysis.TotalsView;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.VehicleSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads passports from what the incremental update stored: a vehicle's (its row, recent sessions and events), or
 * a pack's (the sessions and events recorded while it was in any vehicle). Nothing here reads raw telemetry.
 */
@Service
@Transactional(readOnly = true)
public class PassportQueries {

	private static final int EVENTS_SHOWN = 100;

	private final BatteryVehicles vehicles;
	private final SessionStore sessions;
	private final EventStore events;
	private final CatalogApi catalog;
	private final BatteryProperties properties;

	PassportQueries(BatteryVehicles vehicles, SessionStore sessions, EventStore events, CatalogApi catalog,
			BatteryProperties properties) {
		this.vehicles = vehicles;
		this.sessions = sessions;
		this.events = events;
		this.catalog = catalog;
		this.properties = properties;
	}

	/** The passport of an electrified vehicle; empty when the VIN is unknown or the car has no traction battery. */
	public Optional<BatteryPassport> ofVehicle(String vin) {
		Optional<VehicleSummary> vehicle = catalog.findVehicle(vin).filter(v -> v.battery() != null);
		if (vehicle.isEmpty()) {
			return Optional.empty();
		}
		Optional<BatteryVehicle> row = vehicles.find(vehicle.get().vin());
		if (row.isEmpty()) {
			return Optional.of(empty(vehicle.get()));
		}
		List<ChargeSession> found = sessions.ofVehicle(row.get().vin(), VehicleUpdate.SESSIONS_CONSIDERED);
		return Optional.of(passport(row.get(), row.get().packCode(), found,
				events.ofVehicle(row.get().vin(), EVENTS_SHOWN)));
	}

	/** The passport of a pack while it was in a vehicle (its current or last one). */
	public Optional<BatteryPassport> ofPack(String packCode) {
		return vehicles.findByPack(packCode).map(row -> passport(row, packCode,
				sessions.ofPack(packCode, VehicleUpdate.SESSIONS_CONSIDERED), events.ofPack(packCode, EVENTS_SHOWN)));
	}

	private BatteryPassport passport(BatteryVehicle row, String packCode, List<ChargeSession> found,
			List<NegativeEvent> negative) {
		HealthEstimate health = StateOfHealth.estimate(found, row.nominalCapacityAh(), row.nominalEnergyKwh(),
				properties.analysis());
		TotalsView totals = TotalsView.of(row.state());
		List<BatteryPassport.CapacityPoint> history = found.stream().filter(ChargeSession::usable)
			.map(s -> new BatteryPassport.CapacityPoint(s.endedAt(), round(s.capacityAh()),
					round(s.capacityAh() / row.nominalCapacityAh() * 100), s.kind() == ChargeSession.Kind.ANCHOR_WINDOW))
			.toList();
		List<BatteryPassport.Event> eventList = negative.stream()
			.map(e -> new BatteryPassport.Event(e.startedAt(), e.type().name(), e.peakTempC(), e.endedAt(),
					e.maxAlarmLevel()))
			.toList();
		double throughputAh = totals.chargedAh() + totals.dischargedAh();
		return new BatteryPassport(row.vin(), packCode, row.chemistry(), health.sohPercent(), health.sohLowPercent(),
				health.sohHighPercent(), health.estimatedCapacityAh(), health.estimatedCapacityLowAh(),
				health.estimatedCapacityHighAh(), row.nominalCapacityAh(), round(row.nominalEnergyKwh()),
				health.energySohPercent(), health.bmsIndicatedSohPercent(), health.sessionsUsed(),
				(int) found.stream().filter(s -> s.kind() == ChargeSession.Kind.SESSION).count(), health.reason(),
				round(throughputAh / 2 / row.nominalCapacityAh()), round(throughputAh), round(totals.chargedAh()),
				round(totals.dischargedAh()), round(totals.chargedKwh() + totals.dischargedKwh()),
				round(totals.chargedKwh()), round(totals.dischargedKwh()), eventList,
				new BatteryPassport.Temperature(properties.highTempLimitC(), properties.lowTempLimitC(),
						hours(totals.aboveWhileChargingS()), hours(totals.aboveOtherwiseS()),
						hours(totals.belowWhileChargingS()), hours(totals.belowOtherwiseS())),
				history, totals.lastAt(), totals.odometerKm(), totals.lastSocPercent(), totals.readings());
	}

	private BatteryPassport empty(VehicleSummary vehicle) {
		VehicleSummary.Battery battery = vehicle.battery();
		BatteryVehicle row = new BatteryVehicle(vehicle.vin(), battery.packCode(),
				battery.nominalCapacityAh().doubleValue(), battery.nominalVoltageV().doubleValue(), battery.chemistry(),
				null, AccumulatorSnapshot.empty(), null, null);
		return passport(row, battery.packCode(), List.of(), List.of());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double hours(double seconds) {
		return Math.round(seconds / 360) / 10.0;
	}
}
