package org.clearlot.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for API tests. */
public final class Payloads {

	private Payloads() {
	}

	public static Map<String, Object> iceVehicle(String vin) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("vin", vin);
		body.put("make", "Volkswagen");
		body.put("model", "Lavida");
		body.put("trim", "1.5L Comfort");
		body.put("year", 2021);
		body.put("bodyType", "SEDAN");
		body.put("colour", "SILVER");
		body.put("powertrain", "ICE");
		body.put("emissionStandard", "CN6");
		body.put("firstRegistrationDate", "2021-04-15");
		body.put("registrationCity", "Wuhan");
		return body;
	}

	public static Map<String, Object> bevVehicle(String vin) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("vin", vin);
		body.put("make", "BYD");
		body.put("model", "Han EV");
		body.put("trim", "610km Flagship");
		body.put("year", 2022);
		body.put("bodyType", "SEDAN");
		body.put("colour", "BLUE");
		body.put("powertrain", "BEV");
		body.put("emissionStandard", "ZERO_EMISSION");
		body.put("firstRegistrationDate", "2022-06-01");
		body.put("registrationCity", "武汉");
		body.put("battery", Map.of("nominalCapacityAh", 150, "nominalVoltageV", 569.6, "chemistry", "LFP"));
		return body;
	}

	/** A battery-electric car with a GB/T 34014 pack code. */
	public static Map<String, Object> bevVehicle(String vin, String packCode) {
		Map<String, Object> body = bevVehicle(vin);
		body.put("battery", Map.of("nominalCapacityAh", 150, "nominalVoltageV", 569.6, "chemistry", "LFP",
				"packCode", packCode));
		return body;
	}

	public static Map<String, Object> listing(String vin, long priceFen, int mileageKm, String city) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("vin", vin);
		body.put("priceFen", priceFen);
		body.put("mileageKm", mileageKm);
		body.put("city", city);
		body.put("description", "Test listing 测试车源");
		return body;
	}
}
