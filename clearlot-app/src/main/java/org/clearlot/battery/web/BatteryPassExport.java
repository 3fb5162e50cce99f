package org.clearlot.battery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clearlot.battery.lifecycle.PackEvent;
import org.clearlot.battery.passport.BatteryPassport;

/**
 * A pack's data under the attribute names of the Battery Pass (DIN DKE SPEC 99100): identification, batteryStatus,
 * the dynamic performance and durability attributes Clearlot derives from telemetry, and the lifecycle. Attributes
 * telemetry cannot give (remaining power capability, internal resistance increase) are present as null, so a reader
 * sees they were not estimated rather than missing.
 */
final class BatteryPassExport {

	private BatteryPassExport() {
	}

	static Map<String, Object> of(List<PackEvent> lifecycle, BatteryPassport passport) {
		PackEvent first = lifecycle.get(0);
		PackEvent last = lifecycle.get(lifecycle.size() - 1);
		Map<String, Object> identification = new LinkedHashMap<>();
		identification.put("batteryIdentifier", first.packCode());
		identification.put("identifierScheme", "GB/T 34014");
		identification.put("batteryCategory", "electric vehicle battery");
		identification.put("originalBatteryIdentifier",
				first.type().name().equals("SECOND_LIFE") ? first.relatedPackCode() : null);
		identification.put("batteryChemistry", passport == null ? null : passport.chemistry());
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("identification", identification);
		export.put("batteryStatus", last.status());
		export.put("performanceAndDurability", passport == null ? null : performance(passport));
		export.put("lifecycle", lifecycle.stream().map(BatteryPassExport::event).toList());
		export.put("methodology", "Coulomb counting over parked charge sessions of the car's own GB/T 32960 telemetry "
				+ "(Clearlot docs/soh-method.md)");
		return Map.of("batteryPassport", export);
	}

	private static Map<String, Object> performance(BatteryPassport p) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("ratedCapacity", quantity(p.nominalCapacityAh(), "Ah"));
		values.put("remainingCapacity", p.estimatedCapacityAh() == null ? null : quantity(p.estimatedCapacityAh(), "Ah"));
		values.put("stateOfHealth", p.sohPercent() == null ? null : quantity(p.sohPercent(), "%"));
		values.put("stateOfHealthRange", p.sohPercent() == null ? null
				: Map.of("low", p.sohLowPercent(), "high", p.sohHighPercent(), "unit", "%", "confidence", 0.9));
		values.put("capacityFade", p.sohPercent() == null ? null : quantity(round(100 - p.sohPercent()), "%"));
		values.put("stateOfCertifiedEnergy", p.energySohPercent() == null ? null : quantity(p.energySohPercent(), "%"));
		values.put("remainingEnergy", p.energySohPercent() == null ? null
				: quantity(round(p.nominalEnergyKwh() * p.energySohPercent() / 100), "kWh"));
		values.put("stateOfCharge", p.stateOfChargePercent() == null ? null : quantity(p.stateOfChargePercent(), "%"));
		values.put("energyThroughput", quantity(p.energyThroughputKwh(), "kWh"));
		values.put("capacityThroughput", quantity(p.capacityThroughputAh(), "Ah"));
		values.put("numberOfFullCycles", p.equivalentFullCycles());
		values.put("remainingPowerCapability", null);
		values.put("internalResistanceIncrease", null);
		values.put("negativeEvents", p.thermalEvents().stream().map(e -> {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("type", e.type());
			event.put("startTime", e.at());
			event.put("endTime", e.endedAt());
			event.put("peakTemperature", e.peakTempC() == null ? null : quantity(e.peakTempC(), "°C"));
			return event;
		}).toList());
		BatteryPassport.Temperature t = p.temperature();
		values.put("temperatureInformation", Map.of("upperLimit", quantity(t.highLimitC(), "°C"),
				"lowerLimit", quantity(t.lowLimitC(), "°C"),
				"timeExtremeHighTempCharging", quantity(t.aboveLimitChargingHours(), "h"),
				"timeExtremeHighTemp", quantity(t.aboveLimitOtherHours(), "h"),
				"timeExtremeLowTempCharging", quantity(t.belowLimitChargingHours(), "h"),
				"timeExtremeLowTemp", quantity(t.belowLimitOtherHours(), "h")));
		values.put("lastUpdate", p.lastReadingAt());
		return values;
	}

	private static Map<String, Object> event(PackEvent e) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", e.type().name());
		event.put("batteryStatus", e.status());
		event.put("time", e.occurredAt());
		event.put("vin", e.vin());
		event.put("relatedBatteryIdentifier", e.relatedPackCode());
		event.put("facility", e.facility());
		event.put("hash", e.hash());
		event.put("previousHash", e.previousHash());
		return event;
	}

	private static Map<String, Object> quantity(double value, String unit) {
		return Map.of("value", value, "unit", unit);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
