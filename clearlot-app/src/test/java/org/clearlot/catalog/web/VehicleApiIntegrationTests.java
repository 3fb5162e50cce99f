package org.clearlot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.clearlot.identity.IdentityApi;
import org.clearlot.support.Api;
import org.clearlot.support.Api.Response;
import org.clearlot.support.ClearlotIntegrationTest;
import org.clearlot.support.Payloads;
import org.clearlot.support.TestActors;
import org.clearlot.support.TestVins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ClearlotIntegrationTest
class VehicleApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	Api api;
	String dealerToken;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		dealerToken = api.token(TestActors.in(identity).dealer().username(), TestActors.PASSWORD);
	}

	@Test
	void registersAnElectricCarWithItsBattery() {
		String vin = TestVins.next();
		Response created = api.post("/api/v1/vehicles", Payloads.bevVehicle(vin), dealerToken);
		assertThat(created.status()).isEqualTo(201);
		Response fetched = api.get("/api/v1/vehicles/" + vin.toLowerCase());
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("registrationCity").asString()).as("Chinese city names are accepted").isEqualTo("Wuhan");
		assertThat(fetched.json().get("battery").get("chemistry").asString()).isEqualTo("LFP");
		assertThat(fetched.json().get("battery").get("nominalEnergyKwh").asDouble()).isEqualTo(85.4);
	}

	@Test
	void aVinIsRegisteredOnce() {
		String vin = TestVins.next();
		assertThat(api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealerToken).status()).isEqualTo(201);
		Response again = api.post("/api/v1/vehicles", Payloads.iceVehicle(vin), dealerToken);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
	}

	@Test
	void aWrongCheckDigitIsRefusedWithTheReason() {
		String vin = TestVins.next();
		char wrong = vin.charAt(8) == '1' ? '2' : '1';
		String bad = vin.substring(0, 8) + wrong + vin.substring(9);
		Response response = api.post("/api/v1/vehicles", Payloads.iceVehicle(bad), dealerToken);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("vin");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("check digit");
	}

	@Test
	void vinsWithForbiddenLettersOrWrongLengthAreRefused() {
		Map<String, Object> withO = Payloads.iceVehicle("LSVAU2180N212345O");
		assertThat(api.post("/api/v1/vehicles", withO, dealerToken).json().get("detail").asString()).contains("I, O or Q");
		Map<String, Object> tooShort = Payloads.iceVehicle("LSVAU2180N21234");
		assertThat(api.post("/api/v1/vehicles", tooShort, dealerToken).json().get("detail").asString()).contains("17 characters");
	}

	@Test
	void anElectricCarNeedsABatteryAndNoTailpipeStandard() {
		Map<String, Object> body = Payloads.bevVehicle(TestVins.next());
		body.remove("battery");
		body.put("emissionStandard", "CN6");
		Response response = api.post("/api/v1/vehicles", body, dealerToken);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("battery", "emissionStandard");
	}

	@Test
	void unknownEnumValuesAreNamed() {
		Map<String, Object> body = Payloads.iceVehicle(TestVins.next());
		body.put("powertrain", "STEAM");
		body.put("bodyType", "SPACESHIP");
		Response response = api.post("/api/v1/vehicles", body, dealerToken);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("powertrain", "bodyType");
		assertThat(response.text()).contains("ICE, HEV, PHEV, BEV");
	}

	@Test
	void unknownVinIsA404() {
		assertThat(api.get("/api/v1/vehicles/" + TestVins.next()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/vehicles/garbage").status()).isEqualTo(404);
	}
}
