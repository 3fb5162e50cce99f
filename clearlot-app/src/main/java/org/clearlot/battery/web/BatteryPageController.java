package org.clearlot.battery.web;

import java.util.List;
import java.util.Optional;

import org.clearlot.battery.BatteryProperties;
import org.clearlot.battery.analysis.AnalysisSettings;
import org.clearlot.battery.lifecycle.LifecycleVerifier;
import org.clearlot.battery.lifecycle.PackEvent;
import org.clearlot.battery.lifecycle.PackLifecycle;
import org.clearlot.battery.passport.BatteryPassport;
import org.clearlot.battery.passport.PassportQueries;
import org.clearlot.catalog.CatalogApi;
import org.clearlot.platform.qr.QrCode;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Battery pages: the passport panel the listing page loads with htmx (gauge with range, capacity estimates over
 * time, cycles and throughput, events, the pack's lifecycle), the public page of a pack by its code with a QR code
 * of its address, and the pack's chain check.
 */
@Controller
class BatteryPageController {

	private final PassportQueries passports;
	private final PackLifecycle lifecycle;
	private final LifecycleVerifier verifier;
	private final CatalogApi catalog;
	private final AnalysisSettings settings;

	BatteryPageController(PassportQueries passports, PackLifecycle lifecycle, LifecycleVerifier verifier,
			CatalogApi catalog, BatteryProperties properties) {
		this.passports = passports;
		this.lifecycle = lifecycle;
		this.verifier = verifier;
		this.catalog = catalog;
		this.settings = properties.analysis();
	}

	@GetMapping("/vehicles/{vin}/battery-panel")
	String panel(@PathVariable String vin, Model model) {
		catalog.findVehicle(vin).orElseThrow(() -> new NotFoundException("No vehicle with VIN " + vin));
		BatteryPassport passport = passports.ofVehicle(vin)
			.orElseThrow(() -> new NotFoundException("The vehicle " + vin + " has no traction battery"));
		show(model, passport, passport.packCode() == null ? List.of() : lifecycle.chain(passport.packCode()));
		return "battery/panel :: panel";
	}

	@GetMapping("/batteries/{packCode}")
	String pack(@PathVariable String packCode, Model model) {
		List<PackEvent> chain = lifecycle.chain(packCode);
		if (chain.isEmpty()) {
			throw new NotFoundException("No battery pack with code " + packCode + " is known to Clearlot");
		}
		String code = chain.get(0).packCode();
		Optional<BatteryPassport> passport = passports.ofPack(code);
		passport.ifPresent(p -> show(model, p, chain));
		model.addAttribute("lifecycle", chain);
		model.addAttribute("packCode", code);
		model.addAttribute("status", chain.get(chain.size() - 1).status());
		String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/batteries/{code}")
			.buildAndExpand(code).toUriString();
		model.addAttribute("address", address);
		model.addAttribute("qrCode", QrCode.of(address).svg());
		return "battery/pack";
	}

	@GetMapping("/batteries/{packCode}/check")
	String check(@PathVariable String packCode, Model model) {
		if (lifecycle.chain(packCode).isEmpty()) {
			throw new NotFoundException("No battery pack with code " + packCode + " is known to Clearlot");
		}
		model.addAttribute("check", verifier.verify(packCode));
		return "battery/panel :: check";
	}

	private void show(Model model, BatteryPassport passport, List<PackEvent> chain) {
		model.addAttribute("passport", passport);
		model.addAttribute("analysis", settings);
		model.addAttribute("gauge", SohGauge.svg(passport.sohPercent(), passport.sohLowPercent(), passport.sohHighPercent()));
		model.addAttribute("capacityJson", CapacityChart.json(passport));
		model.addAttribute("lifecycle", chain);
	}
}
