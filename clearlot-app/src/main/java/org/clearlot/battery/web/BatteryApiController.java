package org.clearlot.battery.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.clearlot.battery.lifecycle.LifecycleVerifier;
import org.clearlot.battery.lifecycle.LifecycleVerifier.ChainCheck;
import org.clearlot.battery.lifecycle.NewPackEvent;
import org.clearlot.battery.lifecycle.PackEvent;
import org.clearlot.battery.lifecycle.PackLifecycle;
import org.clearlot.battery.passport.BatteryPassport;
import org.clearlot.battery.passport.PassportQueries;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.identity.CurrentUser;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads a car's battery passport, a pack's passport and lifecycle, its chain check and its Battery Pass
 * export; recyclers record what happens to a pack.
 */
@RestController
@RequestMapping("/api/v1")
class BatteryApiController {

	private final PassportQueries passports;
	private final PackLifecycle lifecycle;
	private final LifecycleVerifier verifier;
	private final CatalogApi catalog;

	BatteryApiController(PassportQueries passports, PackLifecycle lifecycle, LifecycleVerifier verifier,
			CatalogApi catalog) {
		this.passports = passports;
		this.lifecycle = lifecycle;
		this.verifier = verifier;
		this.catalog = catalog;
	}

	@GetMapping("/vehicles/{vin}/battery")
	BatteryPassport vehicle(@PathVariable String vin) {
		catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		return passports.ofVehicle(vin)
			.orElseThrow(() -> new NotFoundException("The vehicle " + vin + " has no traction battery"));
	}

	@GetMapping("/batteries/{packCode}")
	PackView pack(@PathVariable String packCode) {
		List<PackEvent> chain = requireChain(packCode);
		return new PackView(chain.get(0).packCode(), chain.get(chain.size() - 1).status(),
				passports.ofPack(chain.get(0).packCode()).orElse(null), chain);
	}

	@PostMapping("/batteries/{packCode}/events")
	ResponseEntity<PackEvent> record(@PathVariable String packCode, @RequestBody NewPackEvent event) {
		PackEvent recorded = lifecycle.record(CurrentUser.require(), packCode, event);
		return ResponseEntity.created(URI.create("/api/v1/batteries/" + recorded.packCode())).body(recorded);
	}

	@GetMapping("/batteries/{packCode}/verify")
	ChainCheck verify(@PathVariable String packCode) {
		requireChain(packCode);
		return verifier.verify(packCode);
	}

	@GetMapping("/batteries/{packCode}/battery-pass")
	Map<String, Object> batteryPass(@PathVariable String packCode) {
		List<PackEvent> chain = requireChain(packCode);
		return BatteryPassExport.of(chain, passports.ofPack(chain.get(0).packCode()).orElse(null));
	}

	private List<PackEvent> requireChain(String packCode) {
		List<PackEvent> chain = lifecycle.chain(packCode);
		if (chain.isEmpty()) {
			throw new NotFoundException("No battery pack with code " + packCode + " is known to Clearlot");
		}
		return chain;
	}

	/** A pack: its Battery Pass status now, its passport while in a vehicle (null if it never sent data), its lifecycle. */
	record PackView(String packCode, String batteryStatus, BatteryPassport passport, List<PackEvent> lifecycle) {
	}
}
